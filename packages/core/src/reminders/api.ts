import { z } from 'zod';
import { documentVersion } from '../api/common.js';
import { instantSchema } from '../date-schemas.js';
import type { Locale } from '../i18n/locales.js';
import { reminderT } from './i18n/index.js';
import {
  type ReminderItem,
  reminderItemKinds,
  reminderItemSchema,
  reminderSettingsSchema,
} from './schema.js';

/** `PUT /reminders`: her settings, replaced whole (`If-Match` names the version it was based on). */
export const reminderSettingsInputSchema = z.strictObject({ settings: reminderSettingsSchema });

/** `GET`/`PUT /reminders`: her settings (the defaults until she saves) and their version (0 until saved). */
export const reminderSettingsAnswerSchema = z.strictObject({
  settings: reminderSettingsSchema,
  version: documentVersion,
});

/** `GET /reminders/next`: her coming reminders in time order. */
export const remindersNextAnswerSchema = z.strictObject({ items: z.array(reminderItemSchema) });

/** How long "Later" on a reminder waits. */
export const REMINDER_LATER_MINUTES = 60;

/** `POST /reminders/later`: the reminder she put off, as the notification named it. */
export const reminderLaterSchema = z.strictObject({
  key: z.string().min(1).max(200),
  at: instantSchema,
});
export type ReminderLater = z.infer<typeof reminderLaterSchema>;

/** `POST /reminders/later` answers when it comes back. */
export const reminderLaterAnswerSchema = z.strictObject({ at: instantSchema });

/**
 * The JSON a pushed reminder carries; the service worker shows it with its actions (check-in: "Check in",
 * routine: "Start", every kind: "Later"). `tag` is one per reminder, so a repeat replaces, never doubles.
 */
export const reminderNotificationSchema = z.strictObject({
  title: z.string(),
  body: z.string(),
  kind: z.enum(reminderItemKinds),
  at: instantSchema,
  url: z.string().startsWith('/'),
  tag: z.string(),
  key: z.string(),
  refId: z.string().nullable(),
  /** Its buttons' words in her language: "Check in" or "Start" where the kind has one, and "Later". */
  actions: z.strictObject({ open: z.string().nullable(), later: z.string() }),
});
export type ReminderNotification = z.infer<typeof reminderNotificationSchema>;

/**
 * The notification for one reminder: a short heading in her language, the reminder's own line (written in
 * her language by `upcomingReminders`), where a tap leads.
 */
export function reminderNotification(item: ReminderItem, locale: Locale = 'en'): ReminderNotification {
  const t = reminderT(locale);
  return {
    title: t(`heading.${item.kind}`),
    body: item.title,
    kind: item.kind,
    at: item.at,
    url: item.url,
    tag: `reminder-${item.key}`,
    key: item.key,
    refId: item.refId ?? null,
    actions: {
      open: item.kind === 'checkin' || item.kind === 'routine' ? t(`action.${item.kind}`) : null,
      later: t('action.later'),
    },
  };
}
