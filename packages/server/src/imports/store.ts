import {
  type CheckinInput,
  type DailyMetric,
  type DailyMetricSource,
  dailyMetricSchema,
  dailyMetricSources,
  type ImportedNote,
  type ImportedPeriod,
  instantSchema,
  localDateSchema,
} from '@spinekind/core';
import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { checkinStageRow, checkinsTarget } from '../checkins/store.js';
import { periodSpans, upsertPeriods } from '../cycle/store.js';
import type { DbKind } from '../db/client.js';
import { legacyNameId, nameId } from '../db/name-id.js';
import { firstDay, type UserScope } from '../db/scope.js';
import { byColumnName, STAGE_ROWS, type StageTarget, startRun } from '../staging/runs.js';
import { dailyMetrics, importedNotes } from './table.js';

/** Periods per INSERT: well under PostgreSQL's 65,535 parameters. */
const BATCH_ROWS = 5000;
/**
 * The id of an imported period: a UUID version 5 of source, user and start date, so importing the same
 * export again finds the same row instead of adding one.
 */
export function importedPeriodId(
  userId: string,
  startDate: string,
  source: DailyMetricSource = 'apple-health',
): string {
  return nameId(source, `${userId}|${startDate}`);
}

/** Ids an Apple Health import gave before December 2026: rows keep them, and a re-import still recognises them. */
const isImportedPeriod = (userId: string, p: { id: string; startDate: string }, source: DailyMetricSource) =>
  p.id === importedPeriodId(userId, p.startDate, source) ||
  (source === 'apple-health' && p.id === legacyNameId.applePeriod(userId, p.startDate));

/** What one import stores: daily values, periods, and (from apps that keep them) her notes. */
export interface DailyImport {
  metrics: { localDate: string; metric: DailyMetric['metric']; value: number }[];
  periods: ImportedPeriod[];
  notes?: { localDate: string; text: string }[];
  /** New check-ins (pain scores with their time, from a FHIR file), by their stable ids. */
  checkins?: { id: string; input: Omit<CheckinInput, 'id'> }[];
}

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
 * Writes an import all or nothing: the daily values (and check-ins) are staged STAGE_ROWS at a time (short
 * statements, other requests run in between), then committed (staging/runs.ts) with the periods in its last
 * step. A check-in whose id is already stored is kept as it is.
 */
export async function storeDailyImport(
  scope: UserScope,
  source: DailyMetricSource,
  result: DailyImport,
  now: Date,
  engine: DbKind,
): Promise<StoredImport> {
  const run = await startRun(scope, 'import', engine, now);
  try {
    const columns = ['local_date', 'metric', 'source', 'value', 'updated_at'];
    for (let i = 0; i < result.metrics.length; i += STAGE_ROWS) {
      const rows = result.metrics
        .slice(i, i + STAGE_ROWS)
        .map((m) => byColumnName(dailyMetrics, { ...m, source, updatedAt: now }));
      await run.stage(importedMetricsTarget, JSON.stringify(rows));
    }
    const targets = result.metrics.length ? [{ target: importedMetricsTarget, columns }] : [];
    const newCheckins = result.checkins ?? [];
    for (let i = 0; i < newCheckins.length; i += STAGE_ROWS) {
      const rows = newCheckins
        .slice(i, i + STAGE_ROWS)
        .map((c) => checkinStageRow(c.id, c.input, now, source));
      await run.stage(checkinsTarget, JSON.stringify(rows));
      if (i === 0) targets.push({ target: checkinsTarget, columns: Object.keys(rows[0] ?? {}) });
    }
    return (
      await run.commit(targets, async (tx) => {
        await storeNotes(tx, source, result.notes ?? [], now);
        return storePeriods(tx, source, result, now);
      })
    ).result;
  } finally {
    await run.finish();
  }
}

/** Her notes from another app, one row per day and source; a re-import rewrites only a changed text. */
async function storeNotes(
  tx: UserScope,
  source: DailyMetricSource,
  notes: DailyImport['notes'] & {},
  now: Date,
) {
  for (let i = 0; i < notes.length; i += BATCH_ROWS) {
    const rows = notes
      .slice(i, i + BATCH_ROWS)
      .map((n) => ({ userId: tx.userId, source, updatedAt: now, ...n }));
    await tx.db
      .insert(importedNotes)
      .values(rows)
      .onConflictDoUpdate({
        target: [importedNotes.userId, importedNotes.localDate, importedNotes.source],
        set: { text: sql`excluded.text`, updatedAt: now },
        setWhere: sql`${importedNotes.text} is distinct from excluded.text`,
      });
  }
}

/** The imported periods that would be stored, and those left out because she logged a period on those days. */
export async function planPeriods(
  tx: UserScope,
  source: DailyMetricSource,
  wanted: readonly ImportedPeriod[],
) {
  const existing = await periodSpans(tx);
  const imported = new Map(
    existing.filter((p) => isImportedPeriod(tx.userId, p, source)).map((p) => [p.startDate, p.id]),
  );
  const logged = existing.filter((p) => imported.get(p.startDate) !== p.id);
  const fresh = wanted.filter((p) => !logged.some((l) => overlaps(l, p)));
  return { imported, fresh, alreadyThere: fresh.filter((p) => imported.has(p.startDate)).length };
}

/** Imported periods, except where she logged one herself; inside the import's transaction. */
async function storePeriods(
  tx: UserScope,
  source: DailyMetricSource,
  result: DailyImport,
  now: Date,
): Promise<StoredImport> {
  const { imported, fresh } = await planPeriods(tx, source, result.periods);
  for (let i = 0; i < fresh.length; i += BATCH_ROWS) {
    const rows = fresh.slice(i, i + BATCH_ROWS).map((p) => ({
      userId: tx.userId,
      id: imported.get(p.startDate) ?? importedPeriodId(tx.userId, p.startDate, source),
      startDate: p.startDate,
      endDate: p.endDate,
      flow: p.flow,
      source,
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

/** One source's stored daily values in a range, keyed `date|metric` (to tell a re-import what it adds). */
export async function storedValues(
  scope: UserScope,
  source: DailyMetricSource,
  from: string,
  to: string,
): Promise<Map<string, number>> {
  const rows = await scope.db
    .select({ localDate: dailyMetrics.localDate, metric: dailyMetrics.metric, value: dailyMetrics.value })
    .from(dailyMetrics)
    .where(
      scope.where(
        dailyMetrics,
        and(
          eq(dailyMetrics.source, source),
          gte(dailyMetrics.localDate, from),
          lte(dailyMetrics.localDate, to),
        ),
      ),
    );
  return new Map(rows.map((r) => [`${r.localDate}|${r.metric}`, r.value]));
}

/** Her notes from other apps on the days of a range (inclusive), by day then app. */
export async function listImportedNotes(scope: UserScope, from: string, to: string): Promise<ImportedNote[]> {
  const rows = await scope.db
    .select()
    .from(importedNotes)
    .where(
      scope.where(importedNotes, and(gte(importedNotes.localDate, from), lte(importedNotes.localDate, to))),
    )
    .orderBy(asc(importedNotes.localDate), asc(importedNotes.source));
  return rows.map((r) => ({
    localDate: r.localDate,
    source: r.source as ImportedNote['source'],
    text: r.text,
  }));
}

/** Her notes from another app in a JSON backup: the day, the app, the text and when it was last written. */
export const backupImportedNoteSchema = z.strictObject({
  localDate: localDateSchema,
  source: z.enum(dailyMetricSources),
  text: z.string().max(20_000),
  updatedAt: instantSchema,
});
export type BackupImportedNote = z.infer<typeof backupImportedNoteSchema>;

/** Every note she brought in from another app, for the JSON backup (by day, then app). */
export async function exportImportedNotes(scope: UserScope): Promise<BackupImportedNote[]> {
  const rows = await scope.db
    .select()
    .from(importedNotes)
    .where(scope.where(importedNotes))
    .orderBy(asc(importedNotes.localDate), asc(importedNotes.source));
  return rows.map((r) => ({
    localDate: r.localDate,
    source: r.source as BackupImportedNote['source'],
    text: r.text,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/** Restores her imported notes (a note of the same day and app is replaced); answers how many. */
export async function restoreImportedNotes(tx: UserScope, notes: BackupImportedNote[]): Promise<number> {
  for (let i = 0; i < notes.length; i += BATCH_ROWS) {
    const rows = notes.slice(i, i + BATCH_ROWS).map((n) => ({
      userId: tx.userId,
      localDate: n.localDate,
      source: n.source,
      text: n.text,
      updatedAt: new Date(n.updatedAt),
    }));
    await tx.db
      .insert(importedNotes)
      .values(rows)
      .onConflictDoUpdate({
        target: [importedNotes.userId, importedNotes.localDate, importedNotes.source],
        set: { text: sql`excluded.text`, updatedAt: sql`excluded.updated_at` },
      });
  }
  return notes.length;
}
