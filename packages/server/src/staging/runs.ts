import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { DomainError } from '@spinekind/core';
import { and, eq, getTableColumns, getTableName, lt, notInArray, or, type SQL, sql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db, DbKind } from '../db/client.js';
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

/**
 * Lets the event loop read other requests before the next batch. PGlite answers synchronously inside its
 * promises, so a loop of batches is one unbroken chain of microtasks: without this turn, a request that
 * arrived meanwhile is not even read until the whole loop has ended (1.4 s for a 15,000-check-in restore
 * on a quiet machine: bench/README.md, "restore"), however short each batch is.
 */
const letOthersIn = () => nextTurn();

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

/** A staged table and the columns its staged records carry. */
export interface Target {
  target: StageTarget;
  columns: string[];
}

// Runs this process is doing. PGlite serves one process, so a run in its database that is not here is dead.
const live = new Set<string>();

/**
 * A bulk write for one user in three steps that keep PGlite's single connection free for everyone else:
 * `stage` batches of rows into `staged_rows` (each a short statement; other requests run in between),
 * then `commit` them into their tables (`INSERT … SELECT` inside the database), all or nothing. A failure,
 * or a killed process, leaves her data as it was; `finish` drops what was staged.
 *
 * On PostgreSQL the commit is one transaction (other connections never wait for it). PGlite has one
 * connection, so one transaction of 15,000 rows would hold every other request for seconds: there each
 * staged batch goes in by a short transaction of its own that first keeps an undo record (the rows it is
 * about to overwrite, under the target `undo:<table>`), and the last, short transaction (`last`, then the
 * run's removal) is the commit point. A failure before it rolls the applied batches back from their undo
 * records; a process killed before it leaves undo records that `recoverRuns` rolls back at start-up.
 */
export async function startRun(scope: UserScope, kind: string, engine: DbKind, now: Date) {
  const id = randomUUID();
  const stale: SQL[] = [lt(stagingRuns.startedAt, new Date(now.getTime() - STALE_RUN_MS))];
  if (engine === 'pglite') stale.push(live.size ? notInArray(stagingRuns.id, [...live]) : sql`true`);
  // A dead run's half-done commit is taken back first (start-up does this too: `recoverRuns`).
  const dead = await scope.db
    .select({ id: stagingRuns.id })
    .from(stagingRuns)
    .where(scope.where(stagingRuns, or(...stale)));
  for (const run of dead) await rollBack(scope.db, scope.userId, run.id);
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
      await letOthersIn();
      await scope.db.insert(stagedRows).values({
        userId: scope.userId,
        runId: id,
        target: getTableName(target.table),
        batch: batch++,
        rows: sql`${rows}::jsonb`,
      });
    },
    /**
     * Moves every staged row of `targets`, in order, into its table, then runs `last` in the commit's
     * final transaction; answers how many rows each target received and what `last` answered.
     * `beforeLast` is a test seam: it runs after the batches, outside any transaction.
     */
    async commit<T>(
      targets: Target[],
      last: (tx: UserScope) => Promise<T>,
      hooks: { beforeLast?(): Promise<void> } = {},
    ): Promise<{ counts: number[]; result: T }> {
      if (engine === 'postgres')
        return scope.transaction(async (tx) => {
          const counts = await swapAll(tx, id, targets);
          const result = await last(tx);
          await tx.db.delete(stagingRuns).where(tx.where(stagingRuns, eq(stagingRuns.id, id)));
          return { counts, result };
        });
      try {
        const counts = await swapInBatches(scope, id, targets);
        await hooks.beforeLast?.();
        return await scope.transaction(async (tx) => {
          const result = await last(tx);
          await tx.db.delete(stagingRuns).where(tx.where(stagingRuns, eq(stagingRuns.id, id)));
          return { counts, result };
        });
      } catch (err) {
        await rollBack(scope.db, scope.userId, id);
        throw err;
      }
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
function swapStatement(userId: string, runId: string, { target, columns }: Target, batch?: number): SQL {
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
    where ${and(
      eq(stagedRows.userId, userId),
      eq(stagedRows.runId, runId),
      eq(stagedRows.target, name),
      batch === undefined ? undefined : eq(stagedRows.batch, batch),
    )}
    on conflict (${conflict}) ${action}
    returning 1
  ) select count(*)::int as n from written`;
}

const countOf = (result: unknown) => Number((result as { rows: { n: number | string }[] }).rows[0]?.n ?? 0);
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Every staged row of `targets` into its table, inside the caller's transaction (PostgreSQL). */
async function swapAll(tx: UserScope, runId: string, targets: Target[]): Promise<number[]> {
  const counts: number[] = [];
  for (const t of targets) counts.push(countOf(await tx.db.execute(swapStatement(tx.userId, runId, t))));
  return counts;
}

/** The undo records' target for a table. */
const undoTarget = (table: string) => `undo:${table}`;

/**
 * PGlite: each staged batch in a short transaction of its own, after keeping the rows it overwrites
 * (an undo record numbered in the order the batches went in, so a roll-back can go backwards).
 */
async function swapInBatches(scope: UserScope, runId: string, targets: Target[]): Promise<number[]> {
  const counts: number[] = [];
  let applied = 0;
  for (const t of targets) {
    const name = getTableName(t.target.table);
    const batches = await scope.db
      .select({ batch: stagedRows.batch })
      .from(stagedRows)
      .where(scope.where(stagedRows, eq(stagedRows.runId, runId), eq(stagedRows.target, name)))
      .orderBy(stagedRows.batch);
    let n = 0;
    for (const { batch } of batches) {
      const seq = applied++;
      await letOthersIn();
      n += await scope.transaction(async (tx) => {
        await tx.db.execute(undoStatement(tx.userId, runId, t.target, batch, seq));
        return countOf(await tx.db.execute(swapStatement(tx.userId, runId, t, batch)));
      });
    }
    counts.push(n);
  }
  return counts;
}

/** Keeps, as one undo record, her rows of the target that staged batch `batch` is about to overwrite. */
function undoStatement(userId: string, runId: string, target: StageTarget, batch: number, seq: number): SQL {
  const name = getTableName(target.table);
  const conflict = target.conflict.map(columnName);
  const columns = Object.values(getTableColumns(target.table)).map(columnName);
  const same = sql.join(
    conflict.filter((c) => c !== 'user_id').map((c) => sql`r.${sql.identifier(c)} = t.${sql.identifier(c)}`),
    sql` and `,
  );
  return sql`insert into ${stagedRows} (user_id, run_id, target, batch, rows)
    select ${userId}::uuid, ${runId}::uuid, ${undoTarget(name)}, ${seq},
      jsonb_build_object('table', ${name}::text, 'batch', ${batch}::int,
        'conflict', ${JSON.stringify(conflict)}::jsonb, 'columns', ${JSON.stringify(columns)}::jsonb,
        'old', coalesce(jsonb_agg(to_jsonb(t)), '[]'::jsonb))
    from ${sql.identifier(name)} t
    where t.user_id = ${userId}::uuid and exists (
      select 1 from ${stagedRows} s
      cross join lateral jsonb_populate_recordset(null::${sql.identifier(name)}, s.rows) r
      where s.user_id = ${userId}::uuid and s.run_id = ${runId}::uuid and s.target = ${name}
        and s.batch = ${batch} and ${same})`;
}

interface Undo {
  table: string;
  batch: number;
  conflict: string[];
  columns: string[];
  old: unknown[];
}

/**
 * Takes back, newest first, every batch of the run that went in (PGlite): the rows it added are deleted,
 * the rows it overwrote are written back as they were. Each undo record goes in its own transaction with
 * its removal, so a roll-back cut short by a killed process carries on where it stopped.
 */
async function rollBack(db: Db, userId: string, runId: string): Promise<void> {
  const undos = rowsOf<{ batch: number }>(
    await db.execute(sql`select batch from ${stagedRows}
      where user_id = ${userId}::uuid and run_id = ${runId}::uuid and target like 'undo:%' order by batch desc`),
  );
  for (const { batch: seq } of undos) {
    await letOthersIn();
    await db.transaction(async (tx) => {
      const [row] = rowsOf<{ rows: Undo }>(
        await tx.execute(sql`select rows from ${stagedRows}
          where user_id = ${userId}::uuid and run_id = ${runId}::uuid and target like 'undo:%' and batch = ${seq}`),
      );
      if (row) await undoBatch(tx as unknown as Db, userId, runId, row.rows);
      await tx.execute(sql`delete from ${stagedRows}
        where user_id = ${userId}::uuid and run_id = ${runId}::uuid and target like 'undo:%' and batch = ${seq}`);
    });
  }
}

async function undoBatch(db: Db, userId: string, runId: string, undo: Undo): Promise<void> {
  const table = sql.identifier(undo.table);
  const keys = undo.conflict.filter((c) => c !== 'user_id');
  const match = (a: string, b: string) =>
    sql.join(
      keys.map((c) => sql`${sql.raw(a)}.${sql.identifier(c)} = ${sql.raw(b)}.${sql.identifier(c)}`),
      sql` and `,
    );
  const old = JSON.stringify(undo.old);
  // What the batch added: its keys that were not there before.
  await db.execute(sql`delete from ${table} t where t.user_id = ${userId}::uuid
    and exists (select 1 from ${stagedRows} s
      cross join lateral jsonb_populate_recordset(null::${table}, s.rows) r
      where s.user_id = ${userId}::uuid and s.run_id = ${runId}::uuid and s.target = ${undo.table}
        and s.batch = ${undo.batch} and ${match('r', 't')})
    and not exists (select 1 from jsonb_populate_recordset(null::${table}, ${old}::jsonb) o where ${match('o', 't')})`);
  if (!undo.old.length) return;
  const sets = undo.columns
    .filter((c) => !undo.conflict.includes(c))
    .map((c) => sql`${sql.identifier(c)} = excluded.${sql.identifier(c)}`);
  const conflict = sql.join(
    undo.conflict.map((c) => sql.identifier(c)),
    sql`, `,
  );
  await db.execute(sql`insert into ${table} select * from jsonb_populate_recordset(null::${table}, ${old}::jsonb)
    on conflict (${conflict}) ${sets.length ? sql`do update set ${sql.join(sets, sql`, `)}` : sql`do nothing`}`);
}

/**
 * At start-up on PGlite, before serving: every run in the database belongs to a process that is gone.
 * Batches a killed commit had put in are taken back from their undo records; then the runs are dropped.
 */
export async function recoverRuns(db: Db): Promise<number> {
  const runs = rowsOf<{ user_id: string; run_id: string }>(
    await db.execute(sql`select distinct user_id, run_id from ${stagedRows} where target like 'undo:%'`),
  );
  for (const run of runs) await rollBack(db, run.user_id, run.run_id);
  await db.delete(stagingRuns);
  return runs.length;
}
