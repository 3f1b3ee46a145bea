import { type DriverWords, timing, yesDays } from './labels.js';

/**
 * Plain-English sentences for insights. Every pattern carries its size, 95% range and days, and none uses
 * causal words: the data can show that two things went together, never that one brought about the other.
 */

export const NOT_PROOF = 'This is a pattern in your data, not proof of cause.';

/** One decimal, or two below 0.1 so small per-unit effects don't read as zero. */
export function formatNumber(x: number): string {
  const a = Math.abs(x);
  return a >= 0.1 || a === 0 ? a.toFixed(1) : a.toFixed(2);
}

const dir = (x: number, up = 'higher', down = 'lower') => (x >= 0 ? up : down);

/** "0.3 to 1.3" when the range sits on one side of zero, else "0.3 lower to 0.5 higher". */
export function formatRange(low: number, high: number, up = 'higher', down = 'lower'): string {
  if (low >= 0 || high <= 0) {
    const [a, b] = [Math.abs(low), Math.abs(high)].sort((m, n) => m - n) as [number, number];
    return `${formatNumber(a)} to ${formatNumber(b)}`;
  }
  return `${formatNumber(low)} ${down} to ${formatNumber(high)} ${up}`;
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

export interface SentenceInput {
  words: DriverWords;
  kind: 'numeric' | 'boolean';
  lag: 0 | 1;
  status: 'likely' | 'possible' | 'none' | 'insufficient_data';
  effect: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  n: number;
  missing?: string;
}

function lead(s: SentenceInput): string {
  if (s.kind === 'boolean') return yesDays(s.words, s.lag);
  const step = s.words.step;
  return `For each extra ${step} ${timing(s.words, s.lag)}`;
}

/** The sentence for one driver at one lag. */
export function driverSentence(s: SentenceInput): string {
  if (s.status === 'insufficient_data' || s.effect === null || s.ciLow === null || s.ciHigh === null) {
    const what = `${s.words.name} ${timing(s.words, s.lag)}`;
    return `Not enough data yet to compare ${what} with your pain: ${s.missing ?? 'keep logging.'}`;
  }
  const range = `95% range ${formatRange(s.ciLow, s.ciHigh)}; ${days(s.n)}`;
  const size = `${formatNumber(s.effect)} points ${dir(s.effect)}`;
  if (s.status === 'none') {
    const said = `${lead(s)}, your pain was ${size} on average (${range})`;
    return `No clear pattern yet. ${said}, which could easily be chance.`;
  }
  const hedge =
    s.status === 'possible' ? ' It is only a possible pattern so far and could still be chance.' : '';
  return `${lead(s)}, your pain was ${size} on average (${range}).${hedge} ${NOT_PROOF}`;
}

/** The sentence for the pain trend; `perMonth` is points per 30 days. */
export function trendSentence(t: {
  status: 'rising' | 'falling' | 'no_clear_trend' | 'insufficient_data';
  perMonth: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  days: number;
  missing?: string;
}): string {
  if (t.status === 'insufficient_data' || t.perMonth === null || t.ciLow === null || t.ciHigh === null)
    return `Not enough data yet for a trend: ${t.missing ?? 'keep logging.'}`;
  const logged = `${days(t.days)} with pain logged`;
  // With whole-number pain many pairwise slopes are exactly 0, and Sen's range can shrink to 0 to 0.
  const range =
    t.ciLow === t.ciHigh ? logged : `95% range ${formatRange(t.ciLow, t.ciHigh, 'up', 'down')}; ${logged}`;
  const size = `${formatNumber(t.perMonth)} points a month`;
  if (t.status === 'no_clear_trend') {
    const way = t.perMonth ? ` ${dir(t.perMonth, 'up', 'down')}` : '';
    return `No clear trend in your pain over this time (about ${size}${way}; ${range}).`;
  }
  return `Your pain has been going ${t.status === 'rising' ? 'up' : 'down'} by about ${size} (${range}).`;
}

/** Said with every before/after comparison. */
export const TREATMENT_WARNING =
  'Other things may have changed around the same time (season, sleep, stress, your cycle, other ' +
  'treatments), so a before/after difference cannot show what the treatment itself did.';

/** The sentence for a treatment's before/after comparison. */
export function treatmentSentence(t: {
  name: string;
  level: { effect: number; ciLow: number; ciHigh: number } | null;
  nBefore: number;
  nAfter: number;
  missing?: string;
}): string {
  if (!t.level) return `Not enough data yet to compare your pain before and after ${t.name}: ${t.missing}`;
  const { effect, ciLow, ciHigh } = t.level;
  return (
    `After you started ${t.name}, your pain was ${formatNumber(effect)} points ${dir(effect)} than the ` +
    `earlier trend would suggest (95% range ${formatRange(ciLow, ciHigh)}; ${days(t.nBefore)} before, ` +
    `${days(t.nAfter)} after).`
  );
}
