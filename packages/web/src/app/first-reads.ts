/**
 * What the data screens read first, in a module with no imports of its own so the first load holds it:
 * app/early-reads.ts starts these reads while a screen's code is still on its way, and the screens take
 * their windows from here, so both ask the very same paths (lib/early.ts matches them exactly).
 */

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The last `days` days on the device's calendar, today included: `{ from, to }` as `YYYY-MM-DD`. */
export function lastDays(days: number, now = new Date()): { from: string; to: string } {
  const first = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (days - 1));
  return { from: day(first), to: day(now) };
}

/** Today's check-ins: today and the eight days before it, for the pain-spike prompt. */
export const TODAY_DAYS = 9;
/** History's first view: the last 90 days. */
export const HISTORY_DAYS = 90;
/** Insights' spans; the first view is six months. */
export const INSIGHT_SPANS = { d90: 90, m6: 182, y1: 365, all: 3653 } as const;
export const FIRST_INSIGHT_SPAN = 'm6';

/** The first reads of the screen at `pathname` (`api()` paths), or none for a screen not listed. */
export function firstReads(pathname: string, now = new Date()): string[] {
  if (pathname === '/') {
    const { from, to } = lastDays(TODAY_DAYS, now);
    return ['/profile', '/screenings', `/checkins?from=${from}&to=${to}`];
  }
  if (pathname === '/history') {
    const { from, to } = lastDays(HISTORY_DAYS, now);
    return ['/history/span', '/screenings', `/checkins?from=${from}&to=${to}`];
  }
  if (pathname === '/insights') {
    const { from, to } = lastDays(INSIGHT_SPANS[FIRST_INSIGHT_SPAN], now);
    return [`/insights?from=${from}&to=${to}`];
  }
  return [];
}
