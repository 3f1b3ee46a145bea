import { type InsightsReport, type InsightsReportInput, insightsReport } from '@spinekind/core';
import { currentLocale } from '../../i18n/locale';

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
