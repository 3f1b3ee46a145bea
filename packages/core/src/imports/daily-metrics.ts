import { z } from 'zod';
import { localDateSchema } from '../date-schemas.js';
import { type SymptomKey, symptomKeys } from './apple-health-types.js';
import { dailyMetricSources } from './sources.js';

/** Where a check-in or a period came from: an app's export it was imported from, or null when she made it here. */
export const recordSourceSchema = z
  .enum(dailyMetricSources)
  .nullable()
  .describe('The app it was imported from (e.g. `clue`, `fhir`); null when she entered it in Spinekind.');

/**
 * Daily values from other sources. Ids match check-in fields where one exists (`sleepHours`, `weightKg`,
 * `waistCm`, `hotFlushes`, `waterGlasses`) so insights can fill gaps in the check-ins with them; symptoms
 * are 0–3. `moodRating` and `energyRating` keep the other app's own scale (Bearable: 1–5 or 1–10), so they
 * are not check-in fields: putting them on our 0–10 mood scale would invent numbers she never gave.
 */
export const plainMetrics = [
  'steps',
  'sleepHours',
  'weightKg',
  'waistCm',
  'hotFlushes',
  'waterGlasses',
  'moodRating',
  'energyRating',
] as const;
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

/** A note she wrote in another app, brought in with its day and the app it came from. */
export const importedNoteSchema = z.strictObject({
  localDate: localDateSchema,
  source: z.enum(dailyMetricSources),
  text: z.string().max(20_000),
});
export type ImportedNote = z.infer<typeof importedNoteSchema>;

/** `GET /daily-metrics?from&to` (inclusive local dates). */
export const dailyMetricsQuerySchema = z
  .strictObject({ from: localDateSchema, to: localDateSchema })
  .refine((q) => q.from <= q.to, { message: '`from` must be on or before `to`.', path: ['to'] });
