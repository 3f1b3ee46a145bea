import { randomUUID } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { checkins } from '../checkins/table.js';
import { userScope } from '../db/scope.js';
import { makeTestApp, type TestUser } from '../test/app.js';
import { recoverRuns, STAGE_ROWS, startRun } from './runs.js';

// The commit of a restore or import, on each engine: all or nothing even when it fails after some of its
// batches went in (PGlite commits batch by batch, with undo records), and after a process died mid-commit.
const t = await makeTestApp({ clock: () => new Date('2026-03-20T12:00:00Z') });
const kind = t.database.kind;

const rowsOf = async (query: SQL) =>
  ((await t.database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
const exportOf = async (u: TestUser) => (await u.call('GET', '/api/v1/export?format=json')).json.checkins;
const leftovers = async (u: TestUser) =>
  (
    await rowsOf(sql`select (select count(*)::int from staged_rows where user_id = ${u.id}) as staged,
      (select count(*)::int from staging_runs where user_id = ${u.id}) as runs`)
  )[0];

const stamp = '2026-03-01T10:00:00.000Z';
const checkin = (i: number, notes: string) => ({
  id: randomUUID(),
  recordedAt: `${new Date(Date.parse('2026-03-19T08:00:00Z') - i * 3_600_000).toISOString().slice(0, 19)}+00:00`,
  pain: i % 11,
  notes,
  createdAt: stamp,
  updatedAt: stamp,
});

/** A user with `n` check-ins, restored from a backup so their ids are known. */
async function userWith(n: number) {
  const u = await t.newUser();
  const mine = Array.from({ length: n }, (_, i) => checkin(i, `mine ${i}`));
  const res = await u.call('POST', '/api/v1/import', {
    format: 'spinekind-backup',
    version: 1,
    checkins: mine,
  });
  expect(res.status).toBe(200);
  return { u, mine };
}

describe(`committing a restore on ${kind}`, () => {
  it('puts back the rows it overwrote and removes the ones it added when a later batch fails', async () => {
    const { u, mine } = await userWith(STAGE_ROWS + 20);
    const before = await exportOf(u);
    const marker = `fail-commit-${randomUUID()}`;
    // The same check-ins with other notes (they overwrite hers, in the first batches), then new ones,
    // the last of which the database refuses.
    const changed = mine.map((c) => ({ ...c, notes: 'overwritten' }));
    const added = Array.from({ length: STAGE_ROWS }, (_, i) => checkin(STAGE_ROWS + 100 + i, 'added'));
    (added.at(-1) as { notes: string }).notes = marker;
    const trigger = `fail_commit_${marker.slice(-12)}`;
    await t.database.db.execute(
      sql.raw(`create or replace function ${trigger}() returns trigger language plpgsql as $$
        begin if new.notes = '${marker}' then raise exception 'forced failure'; end if; return new; end $$`),
    );
    await t.database.db.execute(
      sql.raw(
        `create trigger ${trigger} before insert on checkins for each row execute function ${trigger}()`,
      ),
    );
    try {
      const res = await u.call('POST', '/api/v1/import', {
        format: 'spinekind-backup',
        version: 1,
        checkins: [...changed, ...added],
      });
      expect(res.status).toBe(500);
    } finally {
      await t.database.db.execute(sql.raw(`drop trigger ${trigger} on checkins`));
    }
    expect(await exportOf(u)).toEqual(before);
    expect(await leftovers(u)).toEqual({ staged: 0, runs: 0 });
    // Two restores of about 500 rows each, one a row at a time through a trigger: slow on a busy machine.
  }, 240_000);
});

describe(`a long restore on ${kind}`, () => {
  it('lets the event loop read other requests before each batch it stages and commits', async () => {
    const { u } = await userWith(12);
    const scope = userScope(t.database.db, u.id);
    const target = {
      table: checkins,
      conflict: [checkins.userId, checkins.id],
      onConflict: 'update' as const,
    };
    // Her rows as the table holds them, with other notes, in four batches.
    const hers = (
      await rowsOf(sql`select to_jsonb(c) - 'user_id' as r from checkins c where user_id = ${u.id}`)
    ).map((x) => ({ ...(x.r as Record<string, unknown>), notes: 'batch' }));
    const rows = [0, 3, 6, 9].map((from) => hers.slice(from, from + 3));
    // Turns of the event loop while the run works: each is a moment a waiting request can be read.
    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    const run = await startRun(scope, 'restore', kind, new Date());
    try {
      setImmediate(count);
      for (const batch of rows) await run.stage(target, JSON.stringify(batch));
      const staged = turns;
      await run.commit([{ target, columns: Object.keys(rows[0]?.[0] ?? {}) }], async () => undefined);
      // PGlite answers inside its promises: without a turn per batch the whole run is one microtask chain.
      expect(staged).toBeGreaterThanOrEqual(rows.length);
      expect(turns - staged).toBeGreaterThanOrEqual(kind === 'pglite' ? rows.length : 1);
      expect((await exportOf(u)).every((c: { notes: string }) => c.notes === 'batch')).toBe(true);
    } finally {
      counting = false;
      await run.finish();
    }
  });
});

describe.runIf(kind === 'pglite')('a commit cut short by a killed process (PGlite)', () => {
  it('is taken back at start-up, and her data is as it was', async () => {
    const { u } = await userWith(30);
    const before = await exportOf(u);
    const scope = userScope(t.database.db, u.id);
    // Her rows as the table holds them, with other notes, and one new row: staged as a restore would.
    const rows: Record<string, unknown>[] = (
      await rowsOf(sql`select to_jsonb(c) - 'user_id' as r from checkins c where user_id = ${u.id}`)
    ).map((x) => ({ ...(x.r as Record<string, unknown>), notes: 'overwritten' }));
    rows.push({ ...rows[0], id: randomUUID(), notes: 'added' });
    const run = await startRun(scope, 'restore', 'pglite', new Date());
    await run.stage(
      { table: checkins, conflict: [checkins.userId, checkins.id], onConflict: 'update' },
      JSON.stringify(rows),
    );
    const seen: unknown[] = [];
    const commit = run.commit(
      [
        {
          target: { table: checkins, conflict: [checkins.userId, checkins.id], onConflict: 'update' },
          columns: Object.keys(rows[0] ?? {}),
        },
      ],
      async () => undefined,
      {
        // The batches are in; the process dies here. What start-up finds is rolled back.
        async beforeLast() {
          seen.push(await exportOf(u));
          expect(await recoverRuns(t.database.db)).toBe(1);
          throw new Error('killed');
        },
      },
    );
    await expect(commit).rejects.toThrow('killed');
    await run.finish();
    const half = seen[0] as { notes: string }[];
    expect(half).toHaveLength(31);
    expect(half.every((c) => c.notes === 'overwritten' || c.notes === 'added')).toBe(true);
    expect(await exportOf(u)).toEqual(before);
    expect(await leftovers(u)).toEqual({ staged: 0, runs: 0 });
  });
});
