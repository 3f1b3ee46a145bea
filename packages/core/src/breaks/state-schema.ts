import { z } from 'zod';
import { instantSchema } from '../date-schemas.js';
import { snoozeMinutes } from './state.js';

// The schemas of a day's reminder state and her answers; the state's rules are in state.ts, zod-free for the browser.

/**
 * What the user has done to today's reminders. `snoozedUntil`: the next reminder comes then
 * instead. `skipNextAfter`: the first scheduled reminder after this instant is dropped.
 * `pausedAt`: nothing more on that local day; reminders resume on the next work day.
 */
export const breakStateSchema = z.strictObject({
  snoozedUntil: instantSchema.optional(),
  skipNextAfter: instantSchema.optional(),
  pausedAt: instantSchema.optional(),
});

/** A user's answer to a reminder. */
export const breakActionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('snooze'),
    minutes: z.literal(snoozeMinutes, { error: 'Snooze for 5 or 10 minutes.' }),
  }),
  z.strictObject({ type: z.literal('skip') }),
  z.strictObject({ type: z.literal('pause') }),
  z.strictObject({ type: z.literal('resume') }),
]);
