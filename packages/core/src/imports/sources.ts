// The apps her data can come from and their names, apart from the schemas (daily-metrics.ts), so the
// browser's History can name a source without loading zod.

/** Where a daily value came from: Apple Health, or one of the apps of `app-sources.ts`. */
export const dailyMetricSources = [
  'apple-health',
  'bearable',
  'drip',
  'clue',
  'flo',
  'fitbit',
  'health-connect',
  'fhir',
] as const;
export type DailyMetricSource = (typeof dailyMetricSources)[number];
/** Each source as she knows it, for History, exports and the FHIR `device` display. */
export const dailyMetricSourceNames: Record<DailyMetricSource, string> = {
  'apple-health': 'Apple Health',
  bearable: 'Bearable',
  drip: 'drip.',
  clue: 'Clue',
  flo: 'Flo',
  fitbit: 'Fitbit',
  'health-connect': 'Health Connect',
  fhir: 'a FHIR file',
};
