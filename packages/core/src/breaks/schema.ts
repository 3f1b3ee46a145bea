import { z } from 'zod';
import { instantSchema } from '../date-schemas.js';
import { DomainError } from '../errors.js';
import { BREAK_INTERVAL_MAX, BREAK_INTERVAL_MIN, breakModes, reminderKinds } from './kinds.js';
import { isTimeZone, minutesOfDay } from './zoned-time.js';

const clockTime = (what: string) =>
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${what} must be a time like 09:00 (24-hour clock).`);

const lunchSchema = z
  .strictObject({ start: clockTime('Lunch start'), end: clockTime('Lunch end') })
  .refine((l) => minutesOfDay(l.end) > minutesOfDay(l.start), {
    message: 'Lunch must end after it starts.',
    path: ['end'],
  });

/**
 * When and how break reminders come. Work hours run from `start` to `end` on the same day:
 * overnight shifts are not supported, so `end` must be after `start`. A lunch pause must sit
 * strictly inside work hours. `intervalMinutes` is required for `custom` and kept but ignored
 * for the other modes, so switching modes doesn't lose it.
 */
export const breakSettingsSchema = z
  .strictObject({
    enabled: z.boolean(),
    timeZone: z
      .string()
      .refine(isTimeZone, 'Unknown time zone; use an IANA name like Europe/London or America/New_York.'),
    workDays: z
      .array(z.int().min(1, 'Work days run from 1 (Monday) to 7 (Sunday).').max(7, 'Work days run 1–7.'))
      .min(1, 'Choose at least one work day.')
      .max(7)
      .refine((d) => new Set(d).size === d.length, 'Each work day may appear once.'),
    start: clockTime('Start'),
    end: clockTime('End'),
    mode: z.enum(breakModes, { error: 'Mode is pomodoro, 50-10, hourly or custom.' }),
    intervalMinutes: z
      .int({ error: 'The interval must be a whole number of minutes.' })
      .min(BREAK_INTERVAL_MIN, `The interval must be at least ${BREAK_INTERVAL_MIN} minutes.`)
      .max(BREAK_INTERVAL_MAX, `The interval must be at most ${BREAK_INTERVAL_MAX} minutes.`)
      .optional(),
    lunch: lunchSchema.optional(),
    standingDesk: z.boolean(),
  })
  .superRefine((s, ctx) => {
    const start = minutesOfDay(s.start);
    const end = minutesOfDay(s.end);
    if (end <= start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'End must be after start on the same day.' });
    }
    if (s.mode === 'custom' && s.intervalMinutes === undefined) {
      ctx.addIssue({ code: 'custom', path: ['intervalMinutes'], message: 'Custom mode needs an interval.' });
    }
    if (s.lunch && (minutesOfDay(s.lunch.start) <= start || minutesOfDay(s.lunch.end) >= end)) {
      ctx.addIssue({ code: 'custom', path: ['lunch'], message: 'Lunch must be inside your work hours.' });
    }
  });
export type BreakSettings = z.infer<typeof breakSettingsSchema>;

/**
 * Settings for someone who hasn't chosen yet: Monday–Friday 09:00–17:00, pomodoro, lunch
 * 12:30–13:30, in the caller's zone (London if none). Off until the user turns them on.
 */
export function defaultBreakSettings(timeZone = 'Europe/London'): BreakSettings {
  if (!isTimeZone(timeZone)) {
    throw new DomainError('validation_failed', `Unknown time zone: ${timeZone}.`, [
      { path: 'timeZone', message: 'Use an IANA name like Europe/London.' },
    ]);
  }
  return {
    enabled: false,
    timeZone,
    workDays: [1, 2, 3, 4, 5],
    start: '09:00',
    end: '17:00',
    mode: 'pomodoro',
    lunch: { start: '12:30', end: '13:30' },
    standingDesk: false,
  };
}

/** One reminder: when (UTC instant) and what to do. */
export const breakReminderSchema = z.strictObject({
  at: instantSchema,
  kind: z.enum(reminderKinds),
});
export type BreakReminder = z.infer<typeof breakReminderSchema>;

/** `POST /breaks/log`: a break taken, snoozed or skipped (its id makes a replay land once). */
export const breakLogInputSchema = z.strictObject({
  id: z.uuid().optional(),
  at: instantSchema,
  action: z.enum(['taken', 'snoozed', 'skipped'], { error: 'Action is taken, snoozed or skipped.' }),
  routineId: z.string().min(1).max(80).nullable().optional(),
});
export type BreakLogInput = z.infer<typeof breakLogInputSchema>;
