import { daysBetween } from '../cycle/days.js';
import type { Locale } from '../i18n/locales.js';
import type { Treatment } from '../treatments/schema.js';
import type { DailySeries, DriverSeries } from './daily.js';
import { insightsT } from './i18n/index.js';
import { type Estimate, fitLinear } from './ols.js';
import { treatmentSentence, treatmentWarningIn } from './sentences.js';

/** What a before/after comparison needs to know about a treatment. */
export type TreatmentPeriod = Pick<Treatment, 'id' | 'name' | 'startDate' | 'endDate'>;

export interface Change {
  effect: number;
  ciLow: number;
  ciHigh: number;
  p: number;
}

export interface TreatmentResult {
  treatmentId: string;
  name: string;
  startDate: string;
  endDate: string | null;
  /** Days with pain before the start, and from the start to the end (or the end of the range). */
  nBefore: number;
  nAfter: number;
  meanBefore: number | null;
  meanAfter: number | null;
  /** Jump in pain at the start, beyond the earlier trend. */
  levelChange: Change | null;
  /** Change in the pain trend from the start, in points per 30 days. */
  slopeChangePerMonth: Change | null;
  /**
   * The fitted lines, for drawing: pain ≈ intercept + slopePerDay·t before the start (t in days from the
   * start, negative before), and (intercept + levelChange) + (slopePerDay + slopeChangePerDay)·t from it.
   */
  line: { intercept: number; slopePerDay: number; levelChange: number; slopeChangePerDay: number } | null;
  status: 'estimated' | 'insufficient_data';
  missing?: string;
  sentence: string;
  warning: string;
}

/** Days with pain needed on each side of the start. */
export const TREATMENT_MIN_DAYS = 14;
const PER = 30;

const mean = (v: number[]) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : null);
const change = (e: { effect: number; ciLow: number; ciHigh: number; p: number }, scale = 1): Change => ({
  effect: e.effect * scale,
  ciLow: e.ciLow * scale,
  ciHigh: e.ciHigh * scale,
  p: e.p,
});

/** The on/off driver `treatment:<id>`: yes from the start to the end (or the end of the range), else no. */
export function treatmentSeries(dates: readonly string[], treatment: TreatmentPeriod): DriverSeries {
  const from = dates[0] as string;
  const start = Math.max(0, daysBetween(from, treatment.startDate));
  const end = treatment.endDate ? daysBetween(from, treatment.endDate) : dates.length - 1;
  const values = new Float64Array(dates.length);
  for (let d = start; d <= Math.min(end, dates.length - 1); d++) values[d] = 1;
  return { kind: 'boolean', values };
}

/**
 * Segmented regression (interrupted time series; Wagner et al. 2002, J. Clin. Pharm. Ther. 27:299) of daily
 * mean pain: pain = b0 + b1·t + b2·after + b3·t·after, t in days from the start. Days after an end date
 * are left out. The intervals allow for AR(1) residuals (see `fitLinear`).
 */
export function treatmentInsights(
  series: DailySeries,
  treatment: TreatmentPeriod,
  locale: Locale = 'en',
): TreatmentResult {
  const t = insightsT(locale);
  const from = series.dates[0] as string;
  const start = daysBetween(from, treatment.startDate);
  const end = treatment.endDate ? daysBetween(from, treatment.endDate) : series.pain.length - 1;
  const days: number[] = [];
  const y: number[] = [];
  series.pain.forEach((v, d) => {
    if (Number.isNaN(v) || d > end) return;
    days.push(d - start);
    y.push(v);
  });
  const before = y.filter((_, i) => (days[i] as number) < 0);
  const after = y.filter((_, i) => (days[i] as number) >= 0);
  const base = {
    treatmentId: treatment.id,
    name: treatment.name,
    startDate: treatment.startDate,
    endDate: treatment.endDate ?? null,
    nBefore: before.length,
    nAfter: after.length,
    meanBefore: mean(before),
    meanAfter: mean(after),
    warning: treatmentWarningIn(locale),
  };
  const fit = before.length >= TREATMENT_MIN_DAYS && after.length >= TREATMENT_MIN_DAYS && segmented(days, y);
  if (!fit) {
    const needBefore = TREATMENT_MIN_DAYS - before.length;
    const needAfter = TREATMENT_MIN_DAYS - after.length;
    const parts = [
      needBefore > 0 ? t('treatmentNeedBefore', { count: needBefore }) : '',
      needAfter > 0 ? t('treatmentNeedAfter', { count: needAfter }) : '',
    ].filter(Boolean);
    const missing =
      parts.length === 2
        ? t('needsTwo', { first: parts[0], second: parts[1] })
        : parts.length === 1
          ? t('needsOne', { first: parts[0] })
          : t('treatmentNeedVaried');
    const empty = {
      levelChange: null,
      slopeChangePerMonth: null,
      line: null,
      status: 'insufficient_data' as const,
    };
    return {
      ...base,
      ...empty,
      missing,
      sentence: treatmentSentence({ ...base, level: null, missing }, locale),
    };
  }
  const [b0, b1, b2, b3] = fit.map((e) => e.effect) as [number, number, number, number];
  const levelChange = change(fit[2] as Estimate);
  return {
    ...base,
    levelChange,
    slopeChangePerMonth: change(fit[3] as Estimate, PER),
    line: { intercept: b0, slopePerDay: b1, levelChange: b2, slopeChangePerDay: b3 },
    status: 'estimated',
    sentence: treatmentSentence({ ...base, level: levelChange }, locale),
  };
}

function segmented(t: number[], y: number[]) {
  const after = t.map((v) => (v >= 0 ? 1 : 0));
  const columns = [
    new Float64Array(t.length).fill(1),
    Float64Array.from(t),
    Float64Array.from(after),
    Float64Array.from(t, (v, i) => v * (after[i] as number)),
  ];
  const day = Float64Array.from(t);
  return fitLinear(columns, Float64Array.from(y), day);
}
