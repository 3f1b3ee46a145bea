import type { Locale } from '../i18n/locales.js';
import type { DailySeries } from './daily.js';
import { insightsT } from './i18n/index.js';
import { lag1Autocorrelation } from './ols.js';
import { mannKendall, pairwiseSlopes } from './rank-stats.js';
import { trendSentence } from './sentences.js';

export interface TrendPoint {
  date: string;
  /** Mean pain that day; null when nothing was logged. */
  pain: number | null;
  painMax: number | null;
  /** Mean over the days with pain in the 7 days ending here; null when fewer than 4 have it. */
  mean7: number | null;
  /** Mean over the days with pain in the 28 days ending here; null when fewer than 14 have it. */
  mean28: number | null;
}

export type TrendStatus = 'rising' | 'falling' | 'no_clear_trend' | 'insufficient_data';

export interface TrendResult {
  series: TrendPoint[];
  /** Days with pain logged. */
  days: number;
  /** Theil–Sen slope of daily mean pain, in points per 30 days, with its 95% range. */
  perMonth: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Mann–Kendall test; `p` allows for day-to-day autocorrelation (see `trendInsights`). */
  mannKendall: { s: number; z: number; p: number; pUnadjusted: number } | null;
  status: TrendStatus;
  missing?: string;
  sentence: string;
}

/** Days with pain needed for a trend. */
export const TREND_MIN_DAYS = 14;
const PER = 30;

/**
 * Trailing means over windows of `width` days. Missing days are left out of the mean rather than counted as
 * zero, and a window with fewer than half its days logged has no mean.
 */
export function rollingMeans(pain: Float64Array, width: number): (number | null)[] {
  const out: (number | null)[] = [];
  let sum = 0;
  let count = 0;
  for (let d = 0; d < pain.length; d++) {
    const added = pain[d] as number;
    if (!Number.isNaN(added)) {
      sum += added;
      count++;
    }
    const dropped = d >= width ? (pain[d - width] as number) : Number.NaN;
    if (!Number.isNaN(dropped)) {
      sum -= dropped;
      count--;
    }
    out.push(count * 2 >= width ? sum / count : null);
  }
  return out;
}

const orNull = (v: number) => (Number.isNaN(v) ? null : v);

/**
 * Rolling means, Theil–Sen slope and Mann–Kendall test of daily mean pain over the days logged. Pain is
 * autocorrelated from day to day, which makes plain Mann–Kendall p-values and Sen intervals too confident:
 * Var S is inflated by (1 + ρ)/(1 − ρ), ρ the lag-1 autocorrelation after removing the Sen trend
 * (the AR(1) form of Hamed & Rao 1998; Yue & Wang 2004, Water Resour. Manag. 18:201).
 */
export function trendInsights(series: DailySeries, locale: Locale = 'en'): TrendResult {
  const { pain, painMax, dates } = series;
  const mean7 = rollingMeans(pain, 7);
  const mean28 = rollingMeans(pain, 28);
  const points = dates.map((date, d) => ({
    date,
    pain: orNull(pain[d] as number),
    painMax: orNull(painMax[d] as number),
    mean7: mean7[d] ?? null,
    mean28: mean28[d] ?? null,
  }));
  const x: number[] = [];
  const y: number[] = [];
  pain.forEach((v, d) => {
    if (Number.isNaN(v)) return;
    x.push(d);
    y.push(v);
  });
  const days = x.length;
  const empty = { series: points, days, perMonth: null, ciLow: null, ciHigh: null, mannKendall: null };
  if (days < TREND_MIN_DAYS) {
    const k = TREND_MIN_DAYS - days;
    const missing = insightsT(locale)('trendLogMore', { count: k });
    const status = 'insufficient_data' as const;
    return { ...empty, status, missing, sentence: trendSentence({ ...empty, status, missing }, locale) };
  }
  const slopes = pairwiseSlopes(x, y);
  const slope = slopes.median();
  const rho = Math.max(
    0,
    lag1Autocorrelation(
      y.map((v, i) => v - slope * (x[i] as number)),
      x,
    ),
  );
  const plain = mannKendall(y);
  const adjusted = mannKendall(y, (1 + rho) / (1 - rho));
  const [low, high] = slopes.interval(adjusted.varS);
  const perMonth = slope * PER;
  const status: TrendStatus =
    adjusted.p >= 0.05 || slope === 0 ? 'no_clear_trend' : slope > 0 ? 'rising' : 'falling';
  const result = {
    series: points,
    days,
    perMonth,
    ciLow: low * PER,
    ciHigh: high * PER,
    mannKendall: { s: adjusted.s, z: adjusted.z, p: adjusted.p, pUnadjusted: plain.p },
    status,
  };
  return { ...result, sentence: trendSentence(result, locale) };
}
