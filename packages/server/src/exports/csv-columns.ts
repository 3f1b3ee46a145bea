import {
  type CsvColumn,
  type DailyMetric,
  dailyMetricNames,
  ergonomicAreaIds,
  ergonomicQuestions,
  type ImportedNote,
} from '@spinekind/core';

/** Columns of the CSV types whose records live only on the server (no client-side columns in core). */

/** One CSV row of imported daily values: a day from one source, one column per metric. */
export interface DailyMetricsRow {
  localDate: string;
  source: string;
  values: Partial<Record<string, number>>;
}

/**
 * Daily values as a spreadsheet wants them: one row per day and source, one column per metric id
 * (`steps`, `sleepHours`, `weightKg`, `waistCm`, `hotFlushes`, `symptom:<key>` 0–3). Every metric has its
 * column even when empty, so the header never depends on what was imported. Empty = no value that day.
 */
export const dailyMetricCsvColumns: CsvColumn<DailyMetricsRow>[] = [
  { header: 'localDate', value: (r) => r.localDate },
  { header: 'source', value: (r) => r.source },
  ...dailyMetricNames.map((metric) => ({ header: metric, value: (r: DailyMetricsRow) => r.values[metric] })),
];

/** Notes she wrote in other apps: the day, the app they came from, the text. */
export const importedNoteCsvColumns: CsvColumn<ImportedNote>[] = [
  { header: 'localDate', value: (n) => n.localDate },
  { header: 'source', value: (n) => n.source },
  { header: 'text', value: (n) => n.text, text: true },
];

/** Metrics sorted by date then source (as `exportDailyMetrics` answers them) → one row per day and source. */
export function dailyMetricRows(metrics: readonly DailyMetric[]): DailyMetricsRow[] {
  const rows = new Map<string, DailyMetricsRow>();
  for (const m of metrics) {
    const key = `${m.localDate}|${m.source}`;
    let row = rows.get(key);
    if (!row) {
      row = { localDate: m.localDate, source: m.source, values: {} };
      rows.set(key, row);
    }
    row.values[m.metric] = m.value;
  }
  return [...rows.values()];
}

/** A stored desk self-check, as `ergonomicResource` answers it. */
export interface DeskCheckLike {
  id: string;
  createdAt: string;
  score: number;
  areas: { area: string; score: number }[];
  topFixes: string[];
  answers: Record<string, string>;
}

/**
 * A desk self-check: overall score (100 = best), a `score:<area>` column per area (empty when nothing in it
 * applied), the three fixes worth most (`topFix1`–`topFix3`), and an `answer:<question id>` column per question.
 */
export const deskCheckCsvColumns: CsvColumn<DeskCheckLike>[] = [
  { header: 'id', value: (c) => c.id },
  { header: 'createdAt', value: (c) => c.createdAt },
  { header: 'score', value: (c) => c.score },
  ...ergonomicAreaIds.map((area) => ({
    header: `score:${area}`,
    value: (c: DeskCheckLike) => c.areas.find((a) => a.area === area)?.score,
  })),
  ...[0, 1, 2].map((i) => ({
    header: `topFix${i + 1}`,
    value: (c: DeskCheckLike) => c.topFixes[i],
    text: true,
  })),
  ...ergonomicQuestions.map((q) => ({
    header: `answer:${q.id}`,
    value: (c: DeskCheckLike) => c.answers[q.id],
  })),
];
