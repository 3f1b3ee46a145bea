/**
 * Whole-day arithmetic on `YYYY-MM-DD` strings. Dates are calendar days with no time zone, so we count
 * them on the UTC calendar, where every day is exactly 24 hours long (no daylight-saving jumps).
 */
const MS_PER_DAY = 86_400_000;

function epochDay(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const ms = new Date(0).setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Math.round(ms / MS_PER_DAY);
}

/** Whole days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

/** The calendar date `n` days after `date` (before it when `n` is negative). */
export function addDays(date: string, n: number): string {
  return new Date((epochDay(date) + n) * MS_PER_DAY).toISOString().slice(0, 10);
}
