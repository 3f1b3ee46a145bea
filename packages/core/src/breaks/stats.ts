import type { LocalDate } from '../date-schemas.js';
import type { ReminderKind } from './kinds.js';
import { dailyBreakPlan, workStretches } from './schedule.js';
import type { BreakSettings } from './schema.js';
import { addLocalDays, localTimeOf, minutesOfDay, resolveLocalTime, weekdayOf } from './zoned-time.js';

const MINUTE = 60_000;

/** The longest range `breakStats` summarises, so one request can't ask for unbounded work. */
export const MAX_BREAK_STATS_DAYS = 366;

export type BreakLogAction = 'taken' | 'snoozed' | 'skipped';

/** What `breakStats` needs of a break-log entry. */
export interface BreakLogPoint {
  at: string;
  action: BreakLogAction;
}

/** One local day of the weekly chart. Minutes are estimates; see the README. */
export interface BreakDayStats {
  date: LocalDate;
  taken: number;
  snoozed: number;
  skipped: number;
  /** Longest stretch of elapsed work time without a taken break; `null` when no work time has passed. */
  longestSittingMinutes: number | null;
  standMinutes: number;
  sitMinutes: number;
}

export interface BreakStatsSummary {
  longestSittingMinutes: number | null;
  sitMinutes: number;
  standMinutes: number;
  days: BreakDayStats[];
}

interface Span {
  from: number;
  to: number;
}

/** The local dates from the one holding `fromMs` to the one holding the last instant before `toMs`. */
export function localDatesBetween(fromMs: number, toMs: number, timeZone: string): LocalDate[] {
  const last = localTimeOf(toMs - 1, timeZone).date;
  const dates: LocalDate[] = [];
  for (let d = localTimeOf(fromMs, timeZone).date; d <= last; d = addLocalDays(d, 1)) dates.push(d);
  return dates;
}

/** A work day's stretches as instants, cut to `[fromMs, untilMs)`; lunch is not work time. */
function workSpans(s: BreakSettings, date: LocalDate, fromMs: number, untilMs: number): Span[] {
  if (!s.workDays.includes(weekdayOf(date))) return [];
  return workStretches(s)
    .map(({ from, to }) => ({
      from: Math.max(resolveLocalTime(date, from, s.timeZone).at, fromMs),
      to: Math.min(resolveLocalTime(date, to, s.timeZone).at, untilMs),
    }))
    .filter((span) => span.to > span.from);
}

/** Longest gap between the span edges and the breaks taken inside it. */
function longestGap(spans: Span[], taken: number[]): number | null {
  let longest: number | null = null;
  for (const span of spans) {
    const edges = [span.from, ...taken.filter((t) => t > span.from && t < span.to), span.to];
    for (let i = 1; i < edges.length; i++)
      longest = Math.max(longest ?? 0, (edges[i] ?? 0) - (edges[i - 1] ?? 0));
  }
  return longest;
}

/**
 * What a taken break answered: the latest reminder planned at or before it that day (a snoozed one
 * repeats the reminder it replaced, so the same rule holds); before the first, the first.
 */
function kindAnswered(plan: { minutes: number; kind: ReminderKind }[], minutes: number): ReminderKind {
  return (plan.filter((p) => p.minutes <= minutes).at(-1) ?? plan[0])?.kind ?? 'move';
}

/**
 * Standing time within each work stretch: from a taken `stand` to the next taken `sit`, or to the end
 * of that stretch (lunch or the end of work) at the latest.
 */
function standingMs(s: BreakSettings, taken: number[], spans: Span[]): number {
  const plan = dailyBreakPlan(s).map((p) => ({ minutes: minutesOfDay(p.time), kind: p.kind }));
  let total = 0;
  for (const span of spans) {
    let since: number | undefined;
    for (const at of taken.filter((t) => t >= span.from && t < span.to)) {
      const kind = kindAnswered(plan, localTimeOf(at, s.timeZone).minutes);
      if (kind === 'stand' && since === undefined) since = at;
      if (kind === 'sit' && since !== undefined) {
        total += at - since;
        since = undefined;
      }
    }
    if (since !== undefined) total += span.to - since;
  }
  return total;
}

const length = (spans: Span[]) => spans.reduce((sum, x) => sum + x.to - x.from, 0);

/**
 * From when the sitting and standing estimates may count work time: when reminders were turned on,
 * or the start of the local day of her first answered reminder if that is earlier (a restored
 * backup, or reminders that were on before the switch-on time was kept). `null` (no estimates): the
 * reminders are off, or nothing says when they were on. Before that she may not have been at a desk
 * at all, so the work hours alone say nothing about her sitting.
 */
export function estimatesFrom(
  settings: BreakSettings,
  enabledSinceMs: number | null,
  firstEntryMs: number | null,
): number | null {
  if (!settings.enabled) return null;
  const firstDay =
    firstEntryMs === null
      ? null
      : resolveLocalTime(localTimeOf(firstEntryMs, settings.timeZone).date, 0, settings.timeZone).at;
  const known = [enabledSinceMs, firstDay].filter((ms): ms is number => ms !== null);
  return known.length ? Math.min(...known) : null;
}

/**
 * Break statistics for `[fromMs, toMs)` by local day in the settings' time zone: counts per action,
 * the longest sitting stretch (elapsed work time up to `nowMs` between breaks taken) and, for
 * standing-desk users, the estimated standing and sitting minutes. Uses today's settings for every day.
 * The estimates count work time from `sinceMs` on (see `estimatesFrom`); `null`: no estimates.
 */
export function breakStats(
  settings: BreakSettings,
  entries: BreakLogPoint[],
  fromMs: number,
  toMs: number,
  nowMs: number,
  sinceMs: number | null = Number.NEGATIVE_INFINITY,
): BreakStatsSummary {
  const tz = settings.timeZone;
  const inRange = entries
    .map((e) => ({ action: e.action, at: Date.parse(e.at) }))
    .filter((e) => e.at >= fromMs && e.at < toMs)
    .sort((a, b) => a.at - b.at);
  const until = Math.min(toMs, nowMs);
  const days = localDatesBetween(fromMs, toMs, tz).map((date): BreakDayStats => {
    const mine = inRange.filter((e) => localTimeOf(e.at, tz).date === date);
    const count = (action: BreakLogAction) => mine.filter((e) => e.action === action).length;
    const taken = mine.filter((e) => e.action === 'taken').map((e) => e.at);
    const spans = sinceMs === null ? [] : workSpans(settings, date, Math.max(fromMs, sinceMs), until);
    const stand = settings.standingDesk ? standingMs(settings, taken, spans) : 0;
    const longest = longestGap(spans, taken);
    return {
      date,
      taken: taken.length,
      snoozed: count('snoozed'),
      skipped: count('skipped'),
      longestSittingMinutes: longest === null ? null : Math.round(longest / MINUTE),
      standMinutes: Math.round(stand / MINUTE),
      sitMinutes: Math.round((length(spans) - stand) / MINUTE),
    };
  });
  const longest = days.map((d) => d.longestSittingMinutes).filter((m): m is number => m !== null);
  return {
    longestSittingMinutes: longest.length ? Math.max(...longest) : null,
    sitMinutes: days.reduce((sum, d) => sum + d.sitMinutes, 0),
    standMinutes: days.reduce((sum, d) => sum + d.standMinutes, 0),
    days,
  };
}
