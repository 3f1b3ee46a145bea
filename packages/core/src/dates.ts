import type { LocalDate } from './date-schemas.js';

/** Minutes east of UTC written in an ISO-8601 instant (`Z` → 0, `-05:30` → -330). */
export function offsetMinutesOf(instant: string): number {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(instant);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** The user's local calendar date of an instant: the date as written where it was recorded. */
export function localDateOf(instant: string): LocalDate {
  const ms = Date.parse(instant) + offsetMinutesOf(instant) * 60_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Writes an instant (epoch ms) as ISO-8601 in the given offset, e.g. `2026-03-14T08:30:00.000+01:00`. */
export function formatWithOffset(epochMs: number, offsetMinutes: number): string {
  const local = new Date(epochMs + offsetMinutes * 60_000).toISOString().slice(0, 23);
  if (offsetMinutes === 0) return `${local}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

/**
 * How far ahead of the server's clock a recorded moment may be: device clocks drift and time zones reach
 * 14 hours ahead of UTC, so up to a day ahead is accepted; beyond it is a mistake.
 */
export const FUTURE_SLACK_MS = 24 * 3600_000;

/** Whether a recorded instant lies further in the future than any drifting clock or time zone explains. */
export const isInTheFuture = (instant: string, now: Date): boolean =>
  Date.parse(instant) > now.getTime() + FUTURE_SLACK_MS;
