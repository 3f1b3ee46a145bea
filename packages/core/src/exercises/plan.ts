import { z } from 'zod';
import { addLocalDays, isTimeZone, localTimeOf, weekdayOf } from '../breaks/zoned-time.js';
import { type LocalDate, localDateSchema } from '../date-schemas.js';
import { isPlannableRoutine } from './refs.js';
import { WALKING_ROUTINE_ID } from './walking.js';
import { walkingMinutesFor, walkingPlan } from './walking-plan.js';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 07:30 (24-hour clock).');
const days = z
  .array(z.int().min(1, 'Days run from 1 (Monday) to 7 (Sunday).').max(7, 'Days run from 1 to 7.'))
  .min(1, 'Choose at least one day.')
  .max(7)
  .refine((d) => new Set(d).size === d.length, 'Each day may appear once.');

/**
 * The user's weekly plan: which routine on which weekdays (Monday = 1) at what local time,
 * and the walking plan. The calendar feed reads exactly this shape.
 */
export const weeklyPlanSchema = z
  .strictObject({
    timeZone: z
      .string()
      .refine(isTimeZone, 'Unknown time zone; use an IANA name like Europe/London or America/New_York.'),
    entries: z
      .array(
        z.strictObject({
          id: z.uuid({ error: 'id must be a UUID.' }),
          routineId: z
            .string()
            .max(100)
            .refine(isPlannableRoutine, 'Unknown routine: use a routine id or custom:<uuid>.'),
          days,
          time: clockTime,
        }),
      )
      .max(50, 'A plan can hold at most 50 entries.'),
    walking: z.strictObject({ startDate: localDateSchema, days, time: clockTime }).nullable(),
  })
  .refine((p) => new Set(p.entries.map((e) => e.id)).size === p.entries.length, {
    message: 'Each plan entry needs its own id.',
    path: ['entries'],
  });
export type WeeklyPlan = z.infer<typeof weeklyPlanSchema>;

/** The parts of a session a plan reads. */
export interface PlannedSessionLike {
  id: string;
  routineId: string;
  localDate: string;
  startedAt: string;
}

export interface TodayItem {
  /** The plan entry's id, or `walking`. */
  entryId: string;
  routineId: string;
  time: string;
  /** Walking only: minutes from the walking plan (after its eight weeks, the last week's). */
  minutes?: number;
  /** Walking only: week of the walking plan, `null` once the eight weeks are over. */
  week?: number | null;
  done: boolean;
  /** The session that met this item. */
  sessionId: string | null;
}

/** The user's local date now, in the plan's time zone. */
export function planToday(plan: Pick<WeeklyPlan, 'timeZone'>, nowMs: number): LocalDate {
  return localTimeOf(nowMs, plan.timeZone).date;
}

function walkingDay(startDate: LocalDate, date: LocalDate): { minutes: number; week: number | null } {
  const day = walkingMinutesFor(startDate, date);
  // After the eight weeks the walk stays at the last week's length: a habit to keep.
  return day ?? { minutes: walkingPlan[walkingPlan.length - 1]?.minutesPerDay ?? 30, week: null };
}

function groupByDate<S extends PlannedSessionLike>(sessions: readonly S[]): Map<string, S[]> {
  const byDate = new Map<string, S[]>();
  for (const s of sessions) byDate.set(s.localDate, [...(byDate.get(s.localDate) ?? []), s]);
  for (const list of byDate.values()) list.sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  return byDate;
}

function itemsOn(
  plan: WeeklyPlan,
  date: LocalDate,
  sessionsThatDay: readonly PlannedSessionLike[],
): TodayItem[] {
  const weekday = weekdayOf(date);
  const planned: Omit<TodayItem, 'done' | 'sessionId'>[] = plan.entries
    .filter((e) => e.days.includes(weekday))
    .map((e) => ({ entryId: e.id, routineId: e.routineId, time: e.time }));
  const w = plan.walking;
  if (w?.days.includes(weekday) && date >= w.startDate) {
    planned.push({
      entryId: WALKING_ROUTINE_ID,
      routineId: WALKING_ROUTINE_ID,
      time: w.time,
      ...walkingDay(w.startDate, date),
    });
  }
  planned.sort((a, b) => a.time.localeCompare(b.time));
  // Each session meets at most one item: the earliest planned item of its routine not yet met.
  const unused = [...sessionsThatDay];
  return planned.map((item) => {
    const i = unused.findIndex((s) => s.routineId === item.routineId);
    const session = i >= 0 ? unused.splice(i, 1)[0] : undefined;
    return { ...item, done: session !== undefined, sessionId: session?.id ?? null };
  });
}

/** What the plan holds on a date, in time order, each marked done when a session of its routine was played that day. */
export function todaysPlan(
  plan: WeeklyPlan,
  date: LocalDate,
  sessions: readonly PlannedSessionLike[],
): TodayItem[] {
  return itemsOn(
    plan,
    date,
    sessions.filter((s) => s.localDate === date),
  );
}

export interface PlanStreak {
  /** Planned days in a row with everything planned done; today counts once met, and never breaks it. */
  days: number;
  /** Whether everything planned for today is done (true on a day with nothing planned). */
  todayMet: boolean;
  /** Distinct days since Monday (up to today) with at least one session. */
  daysMovedThisWeek: number;
}

const STREAK_LOOKBACK_DAYS = 400;

/**
 * Consecutive planned days with the plan met, counting back from today. Days with nothing
 * planned are skipped; a missed day simply starts the count again.
 */
export function streak(
  plan: WeeklyPlan,
  today: LocalDate,
  sessions: readonly PlannedSessionLike[],
): PlanStreak {
  const byDate = groupByDate(sessions);
  const met = (date: LocalDate) => itemsOn(plan, date, byDate.get(date) ?? []).every((i) => i.done);
  const entryDays = new Set(plan.entries.flatMap((e) => e.days));
  const w = plan.walking;
  const plannedOn = (date: LocalDate) => {
    const weekday = weekdayOf(date);
    return entryDays.has(weekday) || (w?.days.includes(weekday) === true && date >= w.startDate);
  };
  let days = 0;
  const todayMet = met(today);
  if (plannedOn(today) && todayMet) days++;
  for (let back = 1; back <= STREAK_LOOKBACK_DAYS; back++) {
    const date = addLocalDays(today, -back);
    if (!plannedOn(date)) continue;
    if (!met(date)) break;
    days++;
  }
  const monday = addLocalDays(today, 1 - weekdayOf(today));
  const moved = new Set([...byDate.keys()].filter((d) => d >= monday && d <= today));
  return { days, todayMet, daysMovedThisWeek: moved.size };
}
