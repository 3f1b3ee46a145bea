import type { Checkin } from '../checkins/schema.js';
import type { Locale } from '../i18n/locales.js';
import { type DailySeries, dailySeries, type ExtraDrivers } from './daily.js';
import { type DriverResult, driverInsights } from './drivers.js';
import type { DriverNames } from './labels.js';
import {
  type TreatmentPeriod,
  type TreatmentResult,
  treatmentInsights,
  treatmentSeries,
} from './treatments.js';
import { type TrendResult, trendInsights } from './trend.js';

export interface InsightsInput {
  checkins: readonly Checkin[];
  /** First and last local date, inclusive; check-ins outside are ignored. */
  from: string;
  to: string;
  /** Day-level drivers from outside the check-ins: `exerciseSessions`, `breaksTaken`, `steps`, `cyclePhase:<phase>`… */
  extraDrivers?: ExtraDrivers;
  /** Each gets a before/after comparison and an on/off driver `treatment:<id>` (unless one is passed in). */
  treatments?: readonly TreatmentPeriod[];
  /** Names for custom trackers (`custom:<id>` → "steps") and other drivers core cannot name. */
  names?: DriverNames;
  /** The language of every sentence and name (English by default). */
  locale?: Locale;
}

export interface Insights {
  /** Days in [from, to] with at least one pain score. */
  days: number;
  trend: TrendResult;
  drivers: DriverResult[];
  treatments: TreatmentResult[];
}

/** Everything the insights page shows for one user and date range. */
export function computeInsights(input: InsightsInput): Insights {
  return insightsOfSeries(dailySeries(input.checkins, input.from, input.to, input.extraDrivers), input);
}

/** `computeInsights` on a series already aggregated (its extra drivers included); adds treatment drivers. */
export function insightsOfSeries(
  series: DailySeries,
  input: Pick<InsightsInput, 'treatments' | 'names' | 'locale'>,
): Insights {
  const { treatments = [], locale = 'en' } = input;
  for (const t of treatments) {
    const id = `treatment:${t.id}`;
    if (!series.drivers.has(id)) series.drivers.set(id, treatmentSeries(series.dates, t));
  }
  const names = Object.fromEntries(treatments.map((t) => [`treatment:${t.id}`, t.name]));
  const trend = trendInsights(series, locale);
  return {
    days: trend.days,
    trend,
    drivers: driverInsights(series, { ...names, ...input.names }, locale),
    treatments: treatments.map((t) => treatmentInsights(series, t, locale)),
  };
}
