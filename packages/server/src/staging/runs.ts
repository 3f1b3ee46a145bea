import { randomUUID } from 'node:crypto';
import { DomainError } from '@spinekind/core';
import { and, eq, getTableColumns, getTableName, lt, notInArray, or, type SQL, sql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbKind } from '../db/client.js';
import type { UserScope } from '../db/scope.js';
import { stagedRows, stagingRuns } from './table.js';

/** Records per staged batch: one `INSERT` of one JSON parameter, a few milliseconds even on PGlite. */
export const STAGE_ROWS = 500;

/** A run older than this is a leftover of a killed process (on PostgreSQL, where runs may be another instance's). */
export const STALE_RUN_MS = 15 * 60_000;

/** Where staged rows go: the table, the columns that find an existing row, and what to do when one exists. */
export interface StageTarget {
  table: PgTable;
  conflict: PgColumn[];
  /** `update` overwrites the existing row (restore); `keep` leaves it (import: re-importing adds nothing). */
  onConflict: 'update' | 'keep';
  /** With `update`: only when one of these differs (a value that did not change is not rewritten). */
  updateWhenChanged?: PgColumn[];
}

/** A column's name in SQL (the schema is declared camelCase and mapped with `casing: 'snake_case'`). */
export function columnName(column: PgColumn): string {
  return column.keyAsName ? toSnakeCase(column.name) : column.name;
}

const namesOf = new WeakMap<PgTable, Map<string, string>>();

/** Column values keyed by field (as `toValues` makes them) → keyed by SQL column, for `jsonb_populate_recordset`. */
export function byColumnName(table: PgTable, values: Record<string, unknown>): Record<string, unknown> {
  let names = namesOf.get(table);
  if (!names) {
    names = new Map(Object.entries(getTableColumns(table)).map(([key, c]) => [key, columnName(c)]));
    namesOf.set(table, names);
  }
  const out: Record<string, unknown> = {};
  for (const key in values) {
    const name = names.get(key);
    if (!name) throw new Error(`${getTableName(table)} has no column ${key}`);
    out[name] = values[key];
  }
  return out;
}

// Runs this process is doing. PGlite serves one process, so a run in its database that is not here is dead.
const live = new Set<string>();

/**
 * A bulk write for one user in three steps that keep PGlite's single connection free for everyone else:
 * `stage` batches of rows into `staged_rows` (each a short statement; other requests run in between),
 * then `swap` them into their tables in one short transaction (`INSERT … SELECT` inside the database),
 * all or nothing. A failure, or a killed process, leaves her data as it was; `finish` drops what was staged.
 */
export async function startRun(scope: UserScope, kind: string, engine: DbKind, now: Date) {
  const id = randomUUID();
  const stale: SQL[] = [lt(stagingRuns.startedAt, new Date(now.getTime() - STALE_RUN_MS))];
  if (engine === 'pglite') stale.push(live.size ? notInArray(stagingRuns.id, [...live]) : sql`true`);
  await scope.db.delete(stagingRuns).where(scope.where(stagingRuns, or(...stale)));
  const claimed = await scope.db
    .insert(stagingRuns)
    .values({ userId: scope.userId, id, kind, startedAt: now })
    .onConflictDoNothing({ target: stagingRuns.userId })
    .returning({ id: stagingRuns.id });
  if (!claimed.length)
    throw new DomainError(
      'conflict',
      'A restore or import of your data is still running. Wait until it has finished, then try again.',
    );
  live.add(id);
  let batch = 0;

  return {
    /** Keeps one batch: `rows` is a JSON array of records keyed by column name (one parameter, no row-by-row work here). */
    async stage(target: StageTarget, rows: string): Promise<void> {
      await scope.db.insert(stagedRows).values({
        userId: scope.userId,
        runId: id,
        target: getTableName(target.table),
        batch: batch++,
        rows: sql`${rows}::jsonb`,
      });
    },
    /**
     * Moves every staged row of `targets`, in order, into its table inside `tx` (the caller's one short
     * transaction); answers how many rows each target received.
     */
    async swap(tx: UserScope, targets: { target: StageTarget; columns: string[] }[]): Promise<number[]> {
      const counts: number[] = [];
      for (const { target, columns } of targets) {
        const result = await tx.db.execute(swapStatement(tx.userId, id, target, columns));
        counts.push(Number((result as { rows: { n: number | string }[] }).rows[0]?.n ?? 0));
      }
      await tx.db.delete(stagingRuns).where(tx.where(stagingRuns, eq(stagingRuns.id, id)));
      return counts;
    },
    /** Drops the run and whatever it staged (after the swap there is nothing left; harmless then). */
    async finish(): Promise<void> {
      live.delete(id);
      await scope.db.delete(stagingRuns).where(scope.where(stagingRuns, eq(stagingRuns.id, id)));
    },
  };
}
export type StagingRun = Awaited<ReturnType<typeof startRun>>;

function changedOnly(table: string, columns: PgColumn[] | undefined): SQL {
  if (!columns?.length) return sql``;
  const mine = sql.join(
    columns.map((c) => sql`${sql.identifier(table)}.${sql.identifier(columnName(c))}`),
    sql`, `,
  );
  const theirs = sql.join(
    columns.map((c) => sql`excluded.${sql.identifier(columnName(c))}`),
    sql`, `,
  );
  return sql` where (${mine}) is distinct from (${theirs})`;
}

/** `version = version + 1` for a row whose columns the restore changes; the same version when it changes none. */
function versionBump(table: string, columns: string[]): SQL {
  const mine = sql.join(
    columns.map((c) => sql`${sql.identifier(table)}.${sql.identifier(c)}`),
    sql`, `,
  );
  const theirs = sql.join(
    columns.map((c) => sql`excluded.${sql.identifier(c)}`),
    sql`, `,
  );
  const version = sql`${sql.identifier(table)}."version"`;
  return sql`"version" = case when (${mine}) is distinct from (${theirs}) then ${version} + 1 else ${version} end`;
}

/**
 * `INSERT INTO <table> (user_id, <columns>) SELECT <her id>, r.<columns> FROM staged rows … ON CONFLICT …`:
 * the owner comes from the scope, never from the staged JSON; column names only from the table itself.
 */
function swapStatement(userId: string, runId: string, target: StageTarget, columns: string[]): SQL {
  const known = new Set(Object.values(getTableColumns(target.table)).map(columnName));
  for (const c of columns) if (!known.has(c) || c === 'user_id') throw new Error(`cannot stage column ${c}`);
  const name = getTableName(target.table);
  const list = sql.join(
    columns.map((c) => sql.identifier(c)),
    sql`, `,
  );
  const picked = sql.join(
    columns.map((c) => sql`r.${sql.identifier(c)}`),
    sql`, `,
  );
  const conflict = sql.join(
    target.conflict.map((c) => sql.identifier(columnName(c))),
    sql`, `,
  );
  const keys = new Set(target.conflict.map(columnName));
  const updates = columns.filter((c) => !keys.has(c));
  const action =
    target.onConflict === 'keep' || updates.length === 0
      ? sql`do nothing`
      : sql`do update set ${sql.join(
          [
            ...updates.map((c) => sql`${sql.identifier(c)} = excluded.${sql.identifier(c)}`),
            // An overwritten record that changes counts one change more, so a device holding the old copy is told.
            ...(known.has('version') && !columns.includes('version') ? [versionBump(name, updates)] : []),
          ],
          sql`, `,
        )}${changedOnly(name, target.updateWhenChanged)}`;
  return sql`with written as (
    insert into ${sql.identifier(name)} (user_id, ${list})
    select ${userId}::uuid, ${picked}
    from ${stagedRows}
    cross join lateral jsonb_populate_recordset(null::${sql.identifier(name)}, ${stagedRows.rows}) r
    where ${and(eq(stagedRows.userId, userId), eq(stagedRows.runId, runId), eq(stagedRows.target, name))}
    on conflict (${conflict}) ${action}
    returning 1
  ) select count(*)::int as n from written`;
}
