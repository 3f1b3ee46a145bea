import { z } from 'zod';
import { isTimeZone } from '../breaks/zoned-time.js';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 20:30 (24-hour clock).');
const weekdays = z
  .array(z.int().min(1, 'Days run from 1 (Monday) to 7 (Sunday).').max(7, 'Days run from 1 to 7.'))
  .max(7)
  .refine((d) => new Set(d).size === d.length, 'Each day may appear once.');

/** At most three check-in reminders a day: more would nag. */
export const MAX_CHECKIN_TIMES = 3;

/**
 * What may remind her, and when. Everything is off until she turns it on; the times are local times in
 * `timeZone`, kept exact across daylight-saving changes. Quiet hours move a reminder to their end.
 */
export const reminderSettingsSchema = z
  .strictObject({
    timeZone: z
      .string()
      .refine(isTimeZone, 'Unknown time zone; use an IANA name like Europe/London or America/New_York.'),
    quietHours: z.strictObject({ start: clockTime, end: clockTime }).nullable(),
    checkin: z.strictObject({
      enabled: z.boolean(),
      times: z
        .array(clockTime)
        .max(MAX_CHECKIN_TIMES, `Choose at most ${MAX_CHECKIN_TIMES} times a day.`)
        .refine((t) => new Set(t).size === t.length, 'Each time may appear once.'),
      days: weekdays,
    }),
    routines: z.strictObject({
      enabled: z.boolean(),
      minutesBefore: z.int().min(0).max(120, 'At most two hours before.'),
    }),
    questionnaires: z.strictObject({ enabled: z.boolean() }),
    period: z.strictObject({
      enabled: z.boolean(),
      daysBefore: z.int().min(0).max(7, 'At most a week before.'),
    }),
    lesson: z.strictObject({ enabled: z.boolean(), time: clockTime }),
    /** On the first day of each period of a running experiment: what to do from that day. */
    experiments: z.strictObject({ enabled: z.boolean() }),
  })
  .refine((s) => !s.checkin.enabled || (s.checkin.times.length > 0 && s.checkin.days.length > 0), {
    message: 'Choose at least one time and one day for check-in reminders, or turn them off.',
    path: ['checkin'],
  })
  .refine((s) => !s.quietHours || s.quietHours.start !== s.quietHours.end, {
    message: 'Quiet hours need different start and end times.',
    path: ['quietHours'],
  });
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

/**
 * Her settings as stored (database, backup): a document saved before experiment reminders existed has no
 * `experiments` and reads as off; everything else is as strict as `reminderSettingsSchema` (which `PUT`
 * keeps: a client must send every kind).
 */
export const storedReminderSettingsSchema = z.preprocess(
  (value) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) && !('experiments' in value)
      ? { ...value, experiments: { enabled: false } }
      : value,
  reminderSettingsSchema,
);

/** Everything off; the times she would most likely pick are filled in for when she turns one on. */
export function defaultReminderSettings(timeZone: string): ReminderSettings {
  return {
    timeZone,
    quietHours: { start: '22:00', end: '07:00' },
    checkin: { enabled: false, times: ['20:30'], days: [1, 2, 3, 4, 5, 6, 7] },
    routines: { enabled: false, minutesBefore: 10 },
    questionnaires: { enabled: false },
    period: { enabled: false, daysBefore: 2 },
    lesson: { enabled: false, time: '12:30' },
    experiments: { enabled: false },
  };
}

export const reminderItemKinds = [
  'checkin',
  'routine',
  'questionnaire',
  'period',
  'lesson',
  'experiment',
] as const;
export type ReminderItemKind = (typeof reminderItemKinds)[number];

/** One reminder that will come: when, what it says, where tapping it leads. */
export interface ReminderItem {
  /** The instant, written in her zone's offset at that moment. */
  at: string;
  kind: ReminderItemKind;
  title: string;
  /** A path in the app. */
  url: string;
  /** What it is about: the plan entry, the questionnaire, the lesson, the experiment. */
  refId?: string;
  /**
   * Names this reminder among all of hers, stable while it is due: a sender that keeps the keys it has
   * sent never sends one twice (a questionnaire that stays due is reminded once, not every day).
   */
  key: string;
}

export const reminderItemSchema = z.strictObject({
  at: z.string(),
  kind: z.enum(reminderItemKinds),
  title: z.string(),
  url: z.string().startsWith('/'),
  refId: z.string().optional(),
  key: z.string(),
});

/** `GET /reminders/next`: from when (default now), how many (1–50, default 7). */
export const MAX_REMINDERS_ASKED = 50;
export const remindersNextQuerySchema = z.strictObject({
  from: z.iso.datetime({ offset: true, error: 'from must be an ISO date-time with offset.' }).optional(),
  count: z.coerce.number().int().min(1).max(MAX_REMINDERS_ASKED).default(7),
});
