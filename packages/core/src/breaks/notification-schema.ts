import { z } from 'zod';
import { instantSchema } from '../date-schemas.js';
import { reminderKinds } from './kinds.js';
import { snoozeMinutes } from './state.js';

// The schema of a break reminder's push; the notification itself is built in notification.ts, zod-free for the browser.

/**
 * The JSON a break reminder push carries; the service worker shows it. `url` is a path in the
 * web app opened on click; `tag` is one per reminder, so a repeated delivery replaces, not doubles.
 */
export const breakNotificationSchema = z.strictObject({
  title: z.string(),
  body: z.string(),
  kind: z.enum(reminderKinds),
  at: instantSchema,
  url: z.string().startsWith('/'),
  tag: z.string(),
  routineId: z.string().nullable(),
  /** The snoozes the notification may offer: only those that come back before work ends (`snoozeChoices`). */
  snooze: z.array(z.literal(snoozeMinutes)),
  /** Its buttons' words in her language (the service worker has no copy of its own). */
  actions: z.strictObject({ start: z.string(), snooze: z.string() }),
});
