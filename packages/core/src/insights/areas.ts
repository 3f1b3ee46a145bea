import { type BodyArea, bodyAreaLabels } from '../checkins/body-areas.js';
import type { Checkin } from '../checkins/schema.js';
import type { Locale } from '../i18n/locales.js';
import type { DailySeries } from './daily.js';
import { type DriverResult, driverInsights } from './drivers.js';
import { type DriverNames, driverLabel } from './labels.js';
import { type TrendResult, trendInsights } from './trend.js';

/** Days an area needs scores on before it can be named her worst area (and its drivers tested). */
export const WORST_AREA_MIN_DAYS = 7;

export interface AreaTrend {
  area: BodyArea;
  label: string;
  /** Days with a score for this area. */
  days: number;
  /** Mean of the daily scores; null without any. */
  mean: number | null;
  trend: TrendResult;
}

export interface AreaInsights {
  /** Every area she scored in the range, highest mean first. */
  areas: AreaTrend[];
  /** Her worst area (highest mean, scored on 7+ days) and what goes with its score; null until then. */
  worst: { area: BodyArea; label: string; drivers: (DriverResult & { label: string })[] } | null;
}

/** One area's score per day of the series (mean of that day's scores), NaN where she gave none. */
function areaSeries(checkins: readonly Checkin[], dates: readonly string[], area: BodyArea): Float64Array {
  const index = new Map(dates.map((d, i) => [d, i]));
  const sum = new Float64Array(dates.length);
  const count = new Float64Array(dates.length);
  for (const c of checkins) {
    const day = index.get(c.localDate);
    const score = c.painByArea?.find((a) => a.area === area)?.score;
    if (day === undefined || score === undefined) continue;
    sum[day] = (sum[day] as number) + score;
    count[day] = (count[day] as number) + 1;
  }
  return sum.map((s, i) => ((count[i] as number) > 0 ? s / (count[i] as number) : Number.NaN));
}

/**
 * Pain per area over the range (issue #19): each scored area's trend (the same statistics as overall pain,
 * `trendInsights`), and for her worst area the drivers of that area's score (`driverInsights` with the
 * area's daily score as the outcome, every other driver of `series` unchanged).
 */
export function areaInsights(
  checkins: readonly Checkin[],
  series: DailySeries,
  names: DriverNames = {},
  locale: Locale = 'en',
): AreaInsights {
  const scored = new Set(checkins.flatMap((c) => (c.painByArea ?? []).map((a) => a.area)));
  const rows = [...scored].map((area) => {
    const pain = areaSeries(checkins, series.dates, area);
    const values = [...pain].filter((v) => !Number.isNaN(v));
    const mean = values.length ? values.reduce((a, v) => a + v, 0) / values.length : null;
    const areaAsPain = { ...series, pain, painMax: pain };
    return { area, label: bodyAreaLabels[area], days: values.length, mean, series: areaAsPain };
  });
  rows.sort((a, b) => (b.mean ?? -1) - (a.mean ?? -1) || b.days - a.days || a.area.localeCompare(b.area));
  const worstRow = rows.find((r) => r.days >= WORST_AREA_MIN_DAYS);
  return {
    areas: rows.map(({ series: s, ...row }) => ({ ...row, trend: trendInsights(s, locale) })),
    worst: worstRow
      ? {
          area: worstRow.area,
          label: worstRow.label,
          drivers: driverInsights(worstRow.series, names, locale).map((d) => ({
            ...d,
            label: driverLabel(d.driver, names, locale),
          })),
        }
      : null,
  };
}
