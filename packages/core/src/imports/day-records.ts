import { addDays } from '../cycle/days.js';
import { localDateOf } from '../dates.js';
import { type DayFlow, type ImportedPeriod, periodsFromFlowDays, strongerFlow } from './apple-periods.js';
import type { DailyMetricName } from './daily-metrics.js';
import type { ImportedPainScore } from './fhir-pain.js';

/** A row (or entry) of a file that could not be read, and why; `line` is the line or entry number. */
export interface ImportRowError {
  line: number;
  message: string;
}

/** Something in the file we deliberately leave out, how often, and why (shown to her before she imports). */
export interface NotImported {
  what: string;
  count: number;
  why: string;
}

/** What any import from another app comes to: the same daily records Apple Health's import stores. */
export interface NormalizedImport {
  metrics: { localDate: string; metric: DailyMetricName; value: number }[];
  periods: ImportedPeriod[];
  /** Her own words from the other app, one text per day (several entries joined). */
  notes: { localDate: string; text: string }[];
  /** Pain scores with their time (FHIR 72514-3), each a check-in; `key` gives its stable id. */
  checkins: (ImportedPainScore & { line: number })[];
  /** Values brought in per kind (`sleepHours`, `symptom:headache`, `bleeding`, `notes`…). */
  counts: Record<string, number>;
  notImported: NotImported[];
  /** The first MAX_ROW_ERRORS problems; `errorCount` counts them all. */
  errors: ImportRowError[];
  errorCount: number;
  from: string | null;
  to: string | null;
}

/** How several values of one metric on one day combine. */
export type Combine = 'max' | 'sum' | 'last' | 'mean';

const MAX_NOTE = 2000;
/** Errors kept in full; beyond this only their number grows (a wrong file can have a million bad rows). */
export const MAX_ROW_ERRORS = 200;

/**
 * Collects one import's values day by day, whatever the app: parsers call `metric`, `flow`, `note`,
 * `leaveOut` and `error` as they read, then `finish` gives the normalized records.
 */
export function dayRecords() {
  const metrics = new Map<string, number>();
  // For `mean`: how many values the stored sum holds.
  const seenCount = new Map<string, number>();
  const flows = new Map<string, DayFlow>();
  const notes = new Map<string, string[]>();
  const checkins = new Map<string, ImportedPainScore & { line: number }>();
  const counts: Record<string, number> = {};
  const left = new Map<string, NotImported>();
  const errors: ImportRowError[] = [];
  let errorCount = 0;
  const countKind = (kind: string) => {
    counts[kind] = (counts[kind] ?? 0) + 1;
  };
  const leaveOut = (what: string, why: string, count = 1): void => {
    const key = `${what}|${why}`;
    const seen = left.get(key);
    if (seen) seen.count += count;
    else left.set(key, { what, count, why });
  };
  const error = (line: number, message: string): void => {
    errorCount++;
    if (errors.length < MAX_ROW_ERRORS) errors.push({ line, message });
  };
  return {
    /** One value of a metric on a local date. */
    metric(localDate: string, metric: DailyMetricName, value: number, combine: Combine = 'last'): void {
      const key = `${localDate}|${metric}`;
      const seen = metrics.get(key);
      const next =
        seen === undefined || combine === 'last'
          ? value
          : combine === 'max'
            ? Math.max(seen, value)
            : seen + value;
      metrics.set(key, next);
      if (combine === 'mean') seenCount.set(key, (seenCount.get(key) ?? 0) + 1);
      countKind(metric);
    },
    /** A day's bleeding; the strongest statement wins when there are several. */
    flow(localDate: string, flow: DayFlow): void {
      const seen = flows.get(localDate);
      flows.set(localDate, seen ? strongerFlow(seen, flow) : flow);
      countKind('bleeding');
    },
    /** A day of a period known by its start and end (Flo's cycles), at a flow level when given. */
    period(startDate: string, endDate: string, flow: DayFlow = 'unspecified'): void {
      for (let d = startDate; d <= endDate; d = addDays(d, 1)) {
        const seen = flows.get(d);
        flows.set(d, seen ? strongerFlow(seen, flow) : flow);
      }
      countKind('bleeding');
    },
    note(localDate: string, text: string): void {
      const clean = text.trim();
      if (!clean) return;
      const list = notes.get(localDate) ?? [];
      if (!list.includes(clean)) list.push(clean);
      notes.set(localDate, list);
      countKind('notes');
    },
    /**
     * A pain score that becomes a check-in. The same observation twice (same key) is one check-in: a
     * repeat with the same score is left out, one with another score is a row error.
     */
    painScore(line: number, score: ImportedPainScore): void {
      const seen = checkins.get(score.key);
      if (!seen) {
        checkins.set(score.key, { ...score, line });
        countKind('pain');
      } else if (seen.pain === score.pain)
        leaveOut('Repeated pain scores', `the same observation is already read from entry ${seen.line}`);
      else
        error(
          line,
          `The same pain observation as entry ${seen.line} at the same time, with another score (${score.pain}, not ${seen.pain}).`,
        );
    },
    /** Something in the file we do not bring in, with the reason she will read. */
    leaveOut,
    error,
    get errorCount() {
      return errorCount;
    },
    finish(): NormalizedImport {
      const out: NormalizedImport['metrics'] = [];
      for (const [key, sum] of metrics) {
        const [localDate, metric] = key.split('|') as [string, DailyMetricName];
        const value = sum / (seenCount.get(key) ?? 1);
        out.push({ localDate, metric, value: Math.round(value * 1000) / 1000 });
      }
      out.sort((a, b) =>
        a.localDate === b.localDate ? (a.metric < b.metric ? -1 : 1) : a.localDate < b.localDate ? -1 : 1,
      );
      const periods = periodsFromFlowDays(flows);
      const noteList = [...notes]
        .map(([localDate, list]) => ({ localDate, text: list.join('\n').slice(0, MAX_NOTE) }))
        .sort((a, b) => (a.localDate < b.localDate ? -1 : 1));
      const checkinList = [...checkins.values()].sort((a, b) => a.line - b.line);
      const dates = [
        ...out.map((m) => m.localDate),
        ...checkinList.map((c) => localDateOf(c.recordedAt)),
        ...periods.flatMap((p) => [p.startDate, p.endDate]),
        ...noteList.map((n) => n.localDate),
      ].sort();
      return {
        metrics: out,
        periods,
        notes: noteList,
        checkins: checkinList,
        counts: { ...counts, ...(periods.length ? { periods: periods.length } : {}) },
        notImported: [...left.values()],
        errors,
        errorCount,
        from: dates[0] ?? null,
        to: dates.at(-1) ?? null,
      };
    },
  };
}
export type DayRecords = ReturnType<typeof dayRecords>;

/** `YYYY-MM-DD` when it is a real calendar date (the first 10 characters of an ISO date or date-time). */
export function isoDay(text: string | undefined | null): string | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === date ? date : undefined;
}
