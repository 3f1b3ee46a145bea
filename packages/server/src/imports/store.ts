import {
  type AppleHealthResult,
  type DailyMetric,
  dailyMetricSchema,
  type ImportedPeriod,
  instantSchema,
} from '@spinekind/core';
import { and, asc, gte, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { legacyNameId, nameId } from '../db/name-id.js';
import { dailyMetrics, periods } from '../db/schema/index.js';
import type { UserScope } from '../db/scope.js';

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters, and memory stays flat. */
export const BATCH_ROWS = 5000;
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

/** Writes an import in one transaction, in batches; a value that did not change is not rewritten. */
export async function storeAppleImport(
  scope: UserScope,
  result: AppleHealthResult,
  now: Date,
): Promise<StoredImport> {
  return scope.transaction(async (tx) => {
    for (let i = 0; i < result.metrics.length; i += BATCH_ROWS) {
      const batch = result.metrics
        .slice(i, i + BATCH_ROWS)
        .map((m) => ({ ...m, userId: tx.userId, source: SOURCE, updatedAt: now }));
      await upsertMetrics(tx, batch);
    }
    const existing = await tx.db
      .select({ id: periods.id, startDate: periods.startDate, endDate: periods.endDate })
      .from(periods)
      .where(tx.where(periods));
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
      await tx.db
        .insert(periods)
        .values(rows)
        .onConflictDoUpdate({
          target: [periods.userId, periods.id],
          set: { endDate: sql`excluded.end_date`, flow: sql`excluded.flow`, updatedAt: now },
          setWhere: sql`(${periods.endDate}, ${periods.flow}) is distinct from (excluded.end_date, excluded.flow)`,
        });
    }
    const dates = result.metrics.map((m) => m.localDate);
    return {
      days: new Set(dates).size,
      periods: fresh.length,
      periodsAlreadyLogged: result.periods.length - fresh.length,
      from: dates[0] ?? null,
      to: dates.at(-1) ?? null,
    };
  });
}

type MetricRow = typeof dailyMetrics.$inferInsert;
async function upsertMetrics(scope: UserScope, rows: MetricRow[]): Promise<void> {
  if (rows.length === 0) return;
  await scope.db
    .insert(dailyMetrics)
    .values(rows)
    .onConflictDoUpdate({
      target: [dailyMetrics.userId, dailyMetrics.localDate, dailyMetrics.metric, dailyMetrics.source],
      set: { value: sql`excluded.value`, updatedAt: sql`excluded.updated_at` },
      setWhere: sql`${dailyMetrics.value} is distinct from excluded.value`,
    });
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

/** Restores daily values from a backup (inside the restore's transaction); answers how many. */
export async function restoreDailyMetrics(scope: UserScope, all: readonly BackupMetric[]): Promise<number> {
  // One row per key (the last wins): a multi-row upsert may not touch the same row twice.
  const items = [...new Map(all.map((m) => [`${m.localDate}|${m.metric}|${m.source}`, m])).values()];
  for (let i = 0; i < items.length; i += BATCH_ROWS) {
    const rows = items
      .slice(i, i + BATCH_ROWS)
      .map((m) => ({ ...m, userId: scope.userId, updatedAt: new Date(m.updatedAt) }));
    await scope.db
      .insert(dailyMetrics)
      .values(rows)
      .onConflictDoUpdate({
        target: [dailyMetrics.userId, dailyMetrics.localDate, dailyMetrics.metric, dailyMetrics.source],
        set: { value: sql`excluded.value`, updatedAt: sql`excluded.updated_at` },
      });
  }
  return items.length;
}
