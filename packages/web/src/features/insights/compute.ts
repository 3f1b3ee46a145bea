import {
  type InsightsReport,
  type InsightsReportInput,
  insightsReport,
  type Locale,
  pickLocale,
} from '@spinekind/core';
import i18next from 'i18next';

/** The language the app speaks now (`i18next.language`), as core names it; English before i18next is ready. */
export const currentLocale = (): Locale => pickLocale([i18next.language ?? 'en']);

/**
 * The insights report computed on this device (offline), in the current language. `core` is the same code
 * the server runs. Timed with a performance mark so its cost can be read in the browser (`insights-on-device`).
 */
export async function computeReport(input: InsightsReportInput): Promise<InsightsReport> {
  const start = performance.now();
  const report = insightsReport({ locale: currentLocale(), ...input });
  performance.measure('insights-on-device', { start, end: performance.now() });
  return report;
}
