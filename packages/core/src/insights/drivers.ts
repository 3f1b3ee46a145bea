import type { Locale } from '../i18n/locales.js';
import type { Translate } from '../i18n/messages.js';
import { benjaminiHochberg } from './bh.js';
import type { DailySeries, DriverKind, DriverSeries } from './daily.js';
import { insightsT } from './i18n/index.js';
import { type DriverNames, type DriverWords, driverWords } from './labels.js';
import { type Estimate, fitSlope } from './ols.js';
import { driverSentence } from './sentences.js';

export type DriverStatus = 'likely' | 'possible' | 'none' | 'insufficient_data';

/** One driver at one lag, as the API returns it. Numbers are null when there is not enough data. */
export interface DriverResult {
  driver: string;
  /** 0: the same day; 1: the day before. Night fields count from the night: 1 is last night, 0 tonight. */
  lag: 0 | 1;
  kind: DriverKind;
  /** Numeric effects are per this many of the driver's units (10 for minutes, else 1). */
  per: number;
  /** Change in daily mean pain per `per` units, or yes-days minus no-days. */
  effect: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Days with both the (lagged) driver and pain. */
  n: number;
  p: number | null;
  /** Benjamini–Hochberg adjusted p across every driver and lag tested for this user. */
  q: number | null;
  status: DriverStatus;
  /** What to log before this driver can be tested; only with `insufficient_data`. */
  missing?: string;
  sentence: string;
}

/** Minimums before a driver is tested, and before a pattern may be called likely. */
export const DRIVER_MINIMUMS = {
  /** Paired days for any test. */
  days: 14,
  /** Yes-days and no-days each, for a yes/no driver. */
  eachGroup: 5,
  /** Days differing from the most common value, for a numeric driver. */
  varied: 5,
  /** Paired days before a pattern may be `likely`. */
  likelyDays: 28,
} as const;
/** `likely`: q below this. `possible`: not likely, p < 0.05 (95% range excludes 0) and q below LOOSE_Q. */
const STRICT_Q = 0.05;
const LOOSE_Q = 0.2;

const LAGS = [0, 1] as const;
type Pairs = { x: Float64Array; y: Float64Array; day: Float64Array };

/**
 * Pairs pain on day d with the driver on day d − lag. Night fields are recorded the morning after, so the
 * record of day d describes the night before d: lag 1 pairs it with pain on d, lag 0 with pain on d − 1.
 */
function pairUp(pain: Float64Array, s: DriverSeries, lag: 0 | 1, words: DriverWords, buf: Pairs): Pairs {
  const offset = (words.night ? 1 : 0) - lag;
  let n = 0;
  for (let d = Math.max(0, -offset); d < pain.length && d + offset < pain.length; d++) {
    const y = pain[d] as number;
    const x = s.values[d + offset] as number;
    if (Number.isNaN(y) || Number.isNaN(x)) continue;
    buf.x[n] = s.kind === 'numeric' ? x / words.per : x;
    buf.y[n] = y;
    buf.day[n] = d;
    n++;
  }
  return { x: buf.x.subarray(0, n), y: buf.y.subarray(0, n), day: buf.day.subarray(0, n) };
}

/** Days whose value differs from the most common one; exact below the minimum, else a lower bound (n). */
function variedDays(x: Float64Array): number {
  const counts = new Map<number, number>();
  for (const v of x) {
    counts.set(v, (counts.get(v) ?? 0) + 1);
    if (counts.size > DRIVER_MINIMUMS.varied) return x.length;
  }
  return x.length - Math.max(...counts.values());
}

/** Says what is missing before the pairs can be tested, or undefined when they can. */
function missingData(
  x: Float64Array,
  kind: DriverKind,
  words: DriverWords,
  t: Translate,
): string | undefined {
  const n = x.length;
  if (n < DRIVER_MINIMUMS.days) return t('logMore', { name: words.name, count: DRIVER_MINIMUMS.days - n });
  if (kind === 'boolean') {
    let yes = 0;
    for (const v of x) yes += v;
    const needYes = Math.max(0, DRIVER_MINIMUMS.eachGroup - yes);
    const needNo = Math.max(0, DRIVER_MINIMUMS.eachGroup - (n - yes));
    if (!needYes && !needNo) return undefined;
    const parts = [
      needYes ? t('moreDays', { count: needYes, which: words.yes }) : '',
      needNo ? t('moreDays', { count: needNo, which: words.no }) : '',
    ].filter(Boolean);
    return parts.length === 2
      ? t('needsTwo', { first: parts[0], second: parts[1] })
      : t('needsOne', { first: parts[0] });
  }
  const varied = variedDays(x);
  if (varied >= DRIVER_MINIMUMS.varied) return undefined;
  return t('sameValue', { name: words.name, count: DRIVER_MINIMUMS.varied - varied });
}

function statusOf(e: Estimate, q: number, n: number): DriverStatus {
  if (q < STRICT_Q && n >= DRIVER_MINIMUMS.likelyDays) return 'likely';
  if (e.p < 0.05 && q < LOOSE_Q) return 'possible';
  return 'none';
}

const statusRank: Record<DriverStatus, number> = { likely: 0, possible: 1, none: 2, insufficient_data: 3 };
const strength = (r: DriverResult) =>
  r.effect === null || r.ciLow === null || r.ciHigh === null
    ? 0
    : Math.abs(r.effect) / Math.max(r.ciHigh - r.ciLow, Number.EPSILON);

/** Ranks results: likely first, then possible, none and insufficient; within each, by |effect| / CI width. */
export function rankDrivers(results: DriverResult[]): DriverResult[] {
  return results.sort(
    (a, b) =>
      statusRank[a.status] - statusRank[b.status] ||
      strength(b) - strength(a) ||
      b.n - a.n ||
      a.driver.localeCompare(b.driver) ||
      a.lag - b.lag,
  );
}

/** Tests every driver in the series at lag 0 and 1 against daily mean pain; returns them ranked, in her language. */
export function driverInsights(
  series: DailySeries,
  names: DriverNames = {},
  locale: Locale = 'en',
): DriverResult[] {
  const t = insightsT(locale);
  const length = series.pain.length;
  const buf: Pairs = {
    x: new Float64Array(length),
    y: new Float64Array(length),
    day: new Float64Array(length),
  };
  const results: DriverResult[] = [];
  const tested: { result: DriverResult; estimate: Estimate; words: DriverWords }[] = [];
  for (const [driver, s] of series.drivers) {
    const words = driverWords(driver, names, locale);
    for (const lag of LAGS) {
      const { x, y, day } = pairUp(series.pain, s, lag, words, buf);
      const per = s.kind === 'numeric' ? words.per : 1;
      const missing = missingData(x, s.kind, words, t);
      const result: DriverResult = {
        driver,
        lag,
        kind: s.kind,
        per,
        effect: null,
        ciLow: null,
        ciHigh: null,
        n: x.length,
        p: null,
        q: null,
        status: 'insufficient_data',
        sentence: '',
      };
      if (missing) {
        result.missing = missing;
        result.sentence = driverSentence({ ...result, words, locale });
      } else {
        const estimate = fitSlope(x, y, day);
        const { effect, ciLow, ciHigh, p } = estimate;
        Object.assign(result, { effect, ciLow, ciHigh, p });
        tested.push({ result, estimate, words });
      }
      results.push(result);
    }
  }
  const q = benjaminiHochberg(tested.map((t) => t.estimate.p));
  tested.forEach(({ result, estimate, words }, i) => {
    result.q = q[i] as number;
    result.status = statusOf(estimate, result.q, result.n);
    result.sentence = driverSentence({ ...result, words, locale });
  });
  return rankDrivers(results);
}
