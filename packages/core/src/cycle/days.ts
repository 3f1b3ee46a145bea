/**
 * Whole-day arithmetic on `YYYY-MM-DD` strings. Dates are calendar days with no time zone, so we count
 * them on the UTC calendar, where every day is exactly 24 hours long (no daylight-saving jumps).
 */
const MS_PER_DAY = 86_400_000;

/** Dates already counted: insights and the stage estimate ask the same few hundred again and again. */
const counted = new Map<string, number>();
const MAX_COUNTED = 20_000;

function epochDay(date: string): number {
  const known = counted.get(date);
  if (known !== undefined) return known;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const ms = new Date(0).setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const day = Math.round(ms / MS_PER_DAY);
  if (counted.size >= MAX_COUNTED) counted.clear();
  counted.set(date, day);
  return day;
}

/** Whole days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

/** The calendar date `n` days after `date` (before it when `n` is negative). */
export function addDays(date: string, n: number): string {
  return new Date((epochDay(date) + n) * MS_PER_DAY).toISOString().slice(0, 10);
}
