import type { LocalDate } from '../date-schemas.js';
import { DomainError } from '../errors.js';
import type { ReminderKind } from './kinds.js';
import type { BreakReminder, BreakSettings } from './schema.js';
import type { BreakState } from './state.js';
import {
  addLocalDays,
  localTimeOf,
  minutesOfDay,
  resolveLocalTime,
  timeOfDay,
  weekdayOf,
} from './zoned-time.js';

/** The most reminders one call returns, so a request can't ask for unbounded work. */
export const MAX_BREAK_REMINDERS = 500;

type Cadence = Pick<BreakSettings, 'mode' | 'intervalMinutes'>;

/** Minutes from the start of a work stretch to its first reminder, and between reminders. */
export function cadenceOf(settings: Cadence): { first: number; every: number } {
  switch (settings.mode) {
    // Pomodoro: 25 minutes' work, then a 5-minute break; the next 25 minutes start when it ends.
    case 'pomodoro':
      return { first: 25, every: 30 };
    case '50-10':
      return { first: 50, every: 60 };
    case 'hourly':
      return { first: 60, every: 60 };
    case 'custom': {
      const n = settings.intervalMinutes;
      if (n === undefined) throw new DomainError('validation_failed', 'Custom mode needs an interval.');
      return { first: n, every: n };
    }
  }
}

/** Work stretches of a day in minutes since midnight: the work hours, split by lunch if there is one. */
export function workStretches(s: BreakSettings): { from: number; to: number }[] {
  const start = minutesOfDay(s.start);
  const end = minutesOfDay(s.end);
  if (!s.lunch) return [{ from: start, to: end }];
  return [
    { from: start, to: minutesOfDay(s.lunch.start) },
    { from: minutesOfDay(s.lunch.end), to: end },
  ];
}

/**
 * Whether an instant falls in her work time: a work day, inside a work stretch (from work start, up to
 * but not at the end, lunch excluded), in her time zone.
 */
export function inWorkTime(settings: BreakSettings, atMs: number): boolean {
  const local = localTimeOf(atMs, settings.timeZone);
  return (
    settings.workDays.includes(local.weekday) &&
    workStretches(settings).some(({ from, to }) => local.minutes >= from && local.minutes < to)
  );
}

// With a standing desk, reminders alternate by their position in the day's plan: stand, sit, stand…
// Positions are fixed per day, so skipping or snoozing one doesn't change what the others say.
const kindAt = (s: BreakSettings, index: number): ReminderKind =>
  s.standingDesk ? (index % 2 === 0 ? 'stand' : 'sit') : 'move';

interface PlannedMinute {
  minutes: number;
  kind: ReminderKind;
}

function planOf(s: BreakSettings): PlannedMinute[] {
  const { first, every } = cadenceOf(s);
  const minutes: number[] = [];
  for (const { from, to } of workStretches(s)) {
    for (let m = from + first; m < to; m += every) minutes.push(m);
  }
  return minutes.map((m, i) => ({ minutes: m, kind: kindAt(s, i) }));
}

/**
 * A work day's reminders as local clock times. Each work stretch (start → lunch, lunch end → end)
 * has its own cadence: the first reminder comes one `first` after the stretch begins, so after
 * lunch the count restarts. Nothing at or after the stretch's end.
 */
export function dailyBreakPlan(settings: BreakSettings): { time: string; kind: ReminderKind }[] {
  return planOf(settings).map((p) => ({ time: timeOfDay(p.minutes), kind: p.kind }));
}

interface Slot {
  at: number;
  date: LocalDate;
  kind: ReminderKind;
}

/**
 * Planned reminders strictly after `fromMs`, in order. A planned time the clock skips on a DST
 * change day doesn't happen that day; an ambiguous time happens at its first occurrence.
 */
function* scheduledAfter(s: BreakSettings, plan: PlannedMinute[], fromMs: number, maxDays: number) {
  const workDays = new Set(s.workDays);
  // Start a day early: where clocks fall back at midnight, yesterday's late slots follow today's start.
  let date = addLocalDays(localTimeOf(fromMs, s.timeZone).date, -1);
  for (let day = 0; day < maxDays; day++, date = addLocalDays(date, 1)) {
    if (!workDays.has(weekdayOf(date))) continue;
    for (const p of plan) {
      const { at, exists } = resolveLocalTime(date, p.minutes, s.timeZone);
      if (exists && at > fromMs) yield { at, date, kind: p.kind } satisfies Slot;
    }
  }
}

/** The snoozed reminder, if it's still ahead; `inWork` says whether it falls in work hours. */
function snoozedSlot(s: BreakSettings, plan: PlannedMinute[], until: string | undefined, fromMs: number) {
  if (until === undefined) return undefined;
  const at = Date.parse(until);
  if (!(at > fromMs)) return undefined;
  const local = localTimeOf(at, s.timeZone);
  const inWork = inWorkTime(s, at);
  // It repeats the reminder it replaced: the latest one planned at or before it that day.
  const replaced = plan.filter((p) => p.minutes <= local.minutes).at(-1) ?? plan[0];
  return { at, date: local.date, kind: replaced?.kind ?? kindAt(s, 0), inWork };
}

/**
 * The next `count` break reminders strictly after `fromMs`, in the user's time zone and work hours.
 * `state` applies the user's snooze (the next reminder comes at `snoozedUntil`, replacing any
 * planned before it; dropped if that is outside work hours or in lunch), skip (the first planned
 * reminder after `skipNextAfter` is left out) and pause (nothing more on the paused local day).
 */
export function nextReminders(
  settings: BreakSettings,
  fromMs: number,
  count: number,
  state: BreakState = {},
): BreakReminder[] {
  const n = Math.min(Math.floor(count), MAX_BREAK_REMINDERS);
  const plan = planOf(settings);
  if (!settings.enabled || !(n >= 1) || plan.length === 0) return [];
  // Every week has a work day with a planned reminder; pause and skip drop at most a day and one more.
  const maxDays = (n + 3) * 7;
  const pausedMs = state.pausedAt === undefined ? undefined : Date.parse(state.pausedAt);
  const pausedDate = pausedMs === undefined ? undefined : localTimeOf(pausedMs, settings.timeZone).date;
  const isPaused = (slot: { at: number; date: LocalDate }) =>
    pausedMs !== undefined && slot.date === pausedDate && slot.at >= pausedMs;
  const skipped =
    state.skipNextAfter === undefined
      ? undefined
      : scheduledAfter(settings, plan, Date.parse(state.skipNextAfter), maxDays).next().value?.at;

  const out: Slot[] = [];
  const snoozed = snoozedSlot(settings, plan, state.snoozedUntil, fromMs);
  if (snoozed?.inWork && !isPaused(snoozed)) out.push(snoozed);
  for (const slot of scheduledAfter(settings, plan, snoozed?.at ?? fromMs, maxDays)) {
    if (out.length >= n) break;
    if (slot.at !== skipped && !isPaused(slot)) out.push(slot);
  }
  return out.map(({ at, kind }) => ({ at: new Date(at).toISOString(), kind }));
}
