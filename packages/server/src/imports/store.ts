import {
  type AppleHealthResult,
  type DailyMetric,
  dailyMetricSchema,
  type ImportedPeriod,
  instantSchema,
} from '@spinekind/core';
import { and, asc, gte, lte } from 'drizzle-orm';
import type { z } from 'zod';
import { periodSpans, upsertPeriods } from '../cycle/store.js';
import type { DbKind } from '../db/client.js';
import { legacyNameId, nameId } from '../db/name-id.js';
import { firstDay, type UserScope } from '../db/scope.js';
import { byColumnName, STAGE_ROWS, type StageTarget, startRun } from '../staging/runs.js';
import { dailyMetrics } from './table.js';

/** Periods per INSERT: well under PostgreSQL's 65,535 parameters. */
const BATCH_ROWS = 5000;
const SOURCE = 'apple-health';

/**
 * The id of a period imported from Apple Health: a UUID version 5 of user, source and start date, so
 * importing the same export again finds the same row instead of adding one.
 */
export function importedPeriodId(userId: string, startDate: string): string {
  return nameId(SOURCE, `${userId}|${startDate}`);
}

/** Ids an import gave before December 2026: rows keep them, and a re-import still recognises them. */
const isImportedPeriod = (userId: string, p: { id: string; startDate: string }) =>
  p.id === importedPeriodId(userId, p.startDate) || p.id === legacyNameId.applePeriod(userId, p.startDate);

export interface StoredImport {
  /** Days with at least one value. */
  days: number;
  periods: number;
  /** Imported periods left out because the user had already logged a period on those days. */
  periodsAlreadyLogged: number;
  from: string | null;
  to: string | null;
}

const overlaps = (a: { startDate: string; endDate: string | null }, b: ImportedPeriod) =>
  a.startDate <= b.endDate && (a.endDate ?? a.startDate) >= b.startDate;

/** Daily values of an import: a value that did not change is not rewritten (nor its `updated_at`). */
const importedMetricsTarget: StageTarget = {
  table: dailyMetrics,
  conflict: [dailyMetrics.userId, dailyMetrics.localDate, dailyMetrics.metric, dailyMetrics.source],
  onConflict: 'update',
  updateWhenChanged: [dailyMetrics.value],
};

/**
 * Writes an import all or nothing: the daily values are staged STAGE_ROWS at a time (short statements,
 * other requests run in between), then committed (staging/runs.ts) with the periods in its last step.
 */
export async function storeAppleImport(
  scope: UserScope,
  result: AppleHealthResult,
  now: Date,
  engine: DbKind,
): Promise<StoredImport> {
  const run = await startRun(scope, 'import', engine, now);
  try {
    const columns = ['local_date', 'metric', 'source', 'value', 'updated_at'];
    for (let i = 0; i < result.metrics.length; i += STAGE_ROWS) {
      const rows = result.metrics
        .slice(i, i + STAGE_ROWS)
        .map((m) => byColumnName(dailyMetrics, { ...m, source: SOURCE, updatedAt: now }));
      await run.stage(importedMetricsTarget, JSON.stringify(rows));
    }
    const targets = result.metrics.length ? [{ target: importedMetricsTarget, columns }] : [];
    return (await run.commit(targets, (tx) => storePeriods(tx, result, now))).result;
  } finally {
    await run.finish();
  }
}

/** Imported periods, except where she logged one herself; inside the import's transaction. */
async function storePeriods(tx: UserScope, result: AppleHealthResult, now: Date): Promise<StoredImport> {
  const existing = await periodSpans(tx);
  const imported = new Map(
    existing.filter((p) => isImportedPeriod(tx.userId, p)).map((p) => [p.startDate, p.id]),
  );
  const logged = existing.filter((p) => imported.get(p.startDate) !== p.id);
  const fresh = result.periods.filter((p) => !logged.some((l) => overlaps(l, p)));
  for (let i = 0; i < fresh.length; i += BATCH_ROWS) {
    const rows = fresh.slice(i, i + BATCH_ROWS).map((p) => ({
      userId: tx.userId,
      id: imported.get(p.startDate) ?? importedPeriodId(tx.userId, p.startDate),
      startDate: p.startDate,
      endDate: p.endDate,
      flow: p.flow,
      createdAt: now,
      updatedAt: now,
    }));
    await upsertPeriods(tx, rows, now);
  }
  const dates = result.metrics.map((m) => m.localDate);
  return {
    days: new Set(dates).size,
    periods: fresh.length,
    periodsAlreadyLogged: result.periods.length - fresh.length,
    from: dates[0] ?? null,
    to: dates.at(-1) ?? null,
  };
}

const toMetric = (r: typeof dailyMetrics.$inferSelect) =>
  ({ localDate: r.localDate, metric: r.metric, source: r.source, value: r.value }) as DailyMetric;

/** Daily values in a range of local dates (inclusive), by date then metric. */
export async function listDailyMetrics(scope: UserScope, from: string, to: string): Promise<DailyMetric[]> {
  const rows = await scope.db
    .select()
    .from(dailyMetrics)
    .where(scope.where(dailyMetrics, and(gte(dailyMetrics.localDate, from), lte(dailyMetrics.localDate, to))))
    .orderBy(asc(dailyMetrics.localDate), asc(dailyMetrics.metric), asc(dailyMetrics.source));
  return rows.map(toMetric);
}

/** A daily value in a JSON backup: the value and when it was last written. */
export const backupMetricSchema = dailyMetricSchema.extend({ updatedAt: instantSchema });
export type BackupMetric = z.infer<typeof backupMetricSchema>;

/** Every daily value of the user, for the JSON backup. */
export async function exportDailyMetrics(scope: UserScope): Promise<BackupMetric[]> {
  const rows = await scope.db
    .select()
    .from(dailyMetrics)
    .where(scope.where(dailyMetrics))
    .orderBy(asc(dailyMetrics.localDate), asc(dailyMetrics.metric), asc(dailyMetrics.source));
  return rows.map((r) => ({ ...toMetric(r), updatedAt: r.updatedAt.toISOString() }));
}

/** Where restored daily values go: one row per day, metric and source; a restored value overwrites. */
export const dailyMetricsTarget: StageTarget = {
  table: dailyMetrics,
  conflict: [dailyMetrics.userId, dailyMetrics.localDate, dailyMetrics.metric, dailyMetrics.source],
  onConflict: 'update',
};

/** A backup's daily values as rows to stage, one per key (the last wins: one statement may not write a row twice). */
export function dailyMetricRows(all: readonly BackupMetric[]): Record<string, unknown>[] {
  const items = [...new Map(all.map((m) => [`${m.localDate}|${m.metric}|${m.source}`, m])).values()];
  return items.map((m) => byColumnName(dailyMetrics, { ...m, updatedAt: m.updatedAt }));
}

/** The day of her first imported daily value, or null. */
export const firstMetricDay = (scope: UserScope) => firstDay(scope, dailyMetrics, dailyMetrics.localDate);
