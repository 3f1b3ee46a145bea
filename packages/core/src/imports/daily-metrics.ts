import { z } from 'zod';
import { localDateSchema } from '../dates.js';
import { type SymptomKey, symptomKeys } from './apple-health-types.js';

/** Where a daily value came from; only Apple Health so far. */
export const dailyMetricSources = ['apple-health'] as const;
export type DailyMetricSource = (typeof dailyMetricSources)[number];

/**
 * Daily values from other sources. Ids match check-in fields where one exists (`sleepHours`, `weightKg`,
 * `waistCm`, `hotFlushes`) so insights can fill gaps in the check-ins with them; symptoms are 0–3.
 */
export const plainMetrics = ['steps', 'sleepHours', 'weightKg', 'waistCm', 'hotFlushes'] as const;
export type DailyMetricName = (typeof plainMetrics)[number] | `symptom:${SymptomKey}`;
export const dailyMetricNames: readonly DailyMetricName[] = [
  ...plainMetrics,
  ...symptomKeys.map((k) => `symptom:${k}` as const),
];

export const dailyMetricSchema = z.strictObject({
  localDate: localDateSchema,
  metric: z.enum(dailyMetricNames as [DailyMetricName, ...DailyMetricName[]]),
  source: z.enum(dailyMetricSources),
  value: z.number().finite().min(0).max(1_000_000),
});
/** One day's value of one metric from one source, as the API answers it. */
export type DailyMetric = z.infer<typeof dailyMetricSchema>;

/** `GET /daily-metrics?from&to` (inclusive local dates). */
export const dailyMetricsQuerySchema = z
  .strictObject({ from: localDateSchema, to: localDateSchema })
  .refine((q) => q.from <= q.to, { message: '`from` must be on or before `to`.', path: ['to'] });
