import { tzOffset } from '@date-fns/tz';
import type { LocalDate } from '../date-schemas.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** True when `timeZone` is an IANA zone name this runtime knows (browsers and Node alike). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The zone's UTC offset at an instant, in milliseconds east of UTC (London in summer → 3 600 000). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  return Math.round(tzOffset(timeZone, new Date(epochMs)) * MINUTE);
}

/** The local calendar date, minutes since local midnight and ISO weekday (Monday = 1) of an instant. */
export function localTimeOf(
  epochMs: number,
  timeZone: string,
): { date: LocalDate; minutes: number; weekday: number } {
  const wall = new Date(epochMs + zoneOffsetMs(epochMs, timeZone));
  return {
    date: wall.toISOString().slice(0, 10),
    minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
    weekday: wall.getUTCDay() === 0 ? 7 : wall.getUTCDay(),
  };
}

/** `HH:MM` → minutes since midnight. */
export function minutesOfDay(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

/** Minutes since midnight → `HH:MM`. */
export function timeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The ISO weekday (Monday = 1 … Sunday = 7) of a calendar date. */
export function weekdayOf(date: LocalDate): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The calendar date `days` after `date`. */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/**
 * Resolves a local wall-clock time to an instant. `exists` is false when the clock skipped that
 * time (a DST gap); the instant is then shifted forward by the gap, as clocks and Temporal do
 * (London 2026-03-29 01:30 → 02:30 BST). An ambiguous time (a DST overlap) resolves to its first
 * occurrence (London 2026-10-25 01:30 → 01:30 BST, not GMT).
 */
export function resolveLocalTime(
  date: LocalDate,
  minutes: number,
  timeZone: string,
): { at: number; exists: boolean } {
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * MINUTE;
  // Real zones change offset at most once in two days, so the offsets a day either side are the
  // only candidates; each is kept if it maps back to the same offset.
  const before = zoneOffsetMs(wall - DAY, timeZone);
  const candidates = [before, zoneOffsetMs(wall, timeZone), zoneOffsetMs(wall + DAY, timeZone)]
    .map((offset) => ({ offset, at: wall - offset }))
    .filter((c) => zoneOffsetMs(c.at, timeZone) === c.offset)
    .sort((a, b) => a.at - b.at);
  const first = candidates[0];
  if (first) return { at: first.at, exists: true };
  return { at: wall - before, exists: false };
}

/** The instant (epoch ms) of a local `HH:MM` on a date in an IANA zone; see `resolveLocalTime`. */
export function zonedTimeToUtc(date: LocalDate, time: string, timeZone: string): number {
  return resolveLocalTime(date, minutesOfDay(time), timeZone).at;
}
