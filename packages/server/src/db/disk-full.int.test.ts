import { randomBytes } from 'node:crypto';
import { cpSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { makeCheckin, tally, type WriteResult } from '../test/fault-load.js';
import {
  ensureServerBuilt,
  registerOn,
  type ServerProcess,
  startServerProcess,
} from '../test/server-process.js';
import { mountSmallDisk, type SmallDisk } from '../test/small-disk.js';
import { pgliteTemplateDir, testTarget } from '../test/target.js';

// PGlite's files on a small real disk (a tmpfs), filled up under a running server process:
// 1. the table files can't grow (ENOSPC → PostgreSQL ERROR 53100): writes 507, reads still work;
// 2. the write-ahead log can't start its next 16 MiB segment (PANIC 53100): before, the next call into
//    PGlite spun forever and the process ignored SIGTERM. Now every request answers at once, /health
//    says degraded within 2 s, SIGTERM ends the process within 10 s, and after space is freed a restart
//    finds every acknowledged write.
const SEGMENT = 16 * 2 ** 20;
const MiB = 2 ** 20;

const sizeOf = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? sizeOf(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );

/**
 * Writes WAL in a throwaway table until the current segment has only `room` bytes left (same segment);
 * returns that segment's file name.
 */
async function fillWalSegment(pgliteDir: string, room: number): Promise<string> {
  const db = new PGlite(pgliteDir);
  await db.waitReady;
  const where = async () =>
    (
      await db.query<{ file_name: string; file_offset: number }>(
        'select * from pg_walfile_name_offset(pg_current_wal_lsn())',
      )
    ).rows[0] as { file_name: string; file_offset: number };
  const start = await where();
  await db.exec('create table test_wal_filler (v text)');
  for (let at = start; SEGMENT - at.file_offset > room; at = await where()) {
    if (at.file_name !== start.file_name) throw new Error('the filler crossed into the next WAL segment');
    // ~1 KB rows of random hex (incompressible), in steps no larger than what is left to fill.
    const rows = Math.max(1, Math.floor((SEGMENT - at.file_offset - room) / 1_400));
    await db.query(
      `insert into test_wal_filler select string_agg(md5(random()::text), '') from generate_series(1, 32), generate_series(1, ${Math.min(rows, 2_000)}) g group by g`,
    );
  }
  await db.close();
  return start.file_name;
}

/**
 * PostgreSQL preallocates the next WAL segment at start-up when more than 75% of the current one is
 * used, so it would not need the disk when the log moves on. That spare (never written yet) is removed,
 * as if the disk had filled before one was made: the next segment must then be created on the full disk.
 */
function removeSpareWalSegments(pgliteDir: string, current: string) {
  const walDir = join(pgliteDir, 'pg_wal');
  for (const file of readdirSync(walDir))
    if (/^[0-9A-F]{24}$/.test(file) && file > current) rmSync(join(walDir, file));
}

const canMount = process.getuid?.() === 0;
if (!canMount) console.warn('\n!!! disk-full tests need root to mount a tmpfs: NOT RUN\n');

describe.runIf(canMount && testTarget().kind === 'pglite')('PGlite on a full disk', () => {
  let disk: SmallDisk | undefined;
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    for (const s of servers) await s.stop();
    disk?.unmount();
  });

  it('answers 507 storage_full, keeps /health and SIGTERM answering after a full write-ahead log, and loses no acknowledged write', async () => {
    const began = Date.now();
    const phases: Record<string, number> = {};
    const phase = (name: string) => {
      phases[name] = Date.now() - began;
      console.info(`disk-full: ${name} after ${phases[name]} ms`);
    };
    ensureServerBuilt();
    phase('built');
    const template = pgliteTemplateDir();
    const mounted = mountSmallDisk(sizeOf(template) + 48 * MiB);
    if (typeof mounted === 'string') throw new Error(mounted);
    disk = mounted;
    cpSync(template, disk.path, { recursive: true });
    const pgliteDir = join(disk.path, 'pglite');
    const segment = await fillWalSegment(pgliteDir, 512 * 1024);
    phase('walFilled');

    const env = { DATA_DIR: disk.path, PUSH_JOB_INTERVAL_MS: '0', LOG_LEVEL: 'warn' };
    const server = await startServerProcess(env, 120_000);
    servers.push(server);
    phase('started');
    const call = await registerOn(server.url);
    const results: WriteResult[] = [];
    const write = async () => {
      const body = makeCheckin(randomBytes(750).toString('hex'));
      const res = await call(server.url, 'POST', '/api/v1/checkins', body);
      results.push({ at: Date.now(), status: res.status, code: res.json?.error?.code, id: body.id });
      return res;
    };
    const readStatus = async () =>
      (await call(server.url, 'GET', '/api/v1/checkins?from=2026-03-14&to=2026-03-14')).status;
    const health = async () => {
      const started = Date.now();
      const res = await fetch(`${server.url}/health`);
      return { status: res.status, body: await res.json(), ms: Date.now() - started };
    };

    // 1. The table files can't grow: writes are refused, reads still answer.
    disk.leaveFree(48 * 1024);
    expect((await health()).body.reason).toBe('storage_low');
    for (let i = 0; i < 200 && results.filter((r) => r.status === 507).length < 3; i++) await write();
    expect(results.filter((r) => r.status === 507).length).toBe(3);
    expect(await readStatus()).toBe(200);
    const afterTableFull = await health();
    expect(afterTableFull).toMatchObject({
      status: 503,
      body: { status: 'degraded', reason: 'storage_full' },
    });

    phase('tableFull');
    // 2. Room for the tables again, not for a new log segment: writes go on until the log is full.
    removeSpareWalSegments(pgliteDir, segment);
    disk.leaveFree(8 * MiB);
    let stoppedAfter = 0;
    for (; stoppedAfter < 2_000 && (await readStatus()) === 200; stoppedAfter++) {
      await Promise.all([write(), write(), write(), write()]);
    }
    phase('walFull');
    const stoppedRead = await readStatus();
    expect(stoppedRead).toBe(507);
    const stoppedHealth = await health();
    expect(stoppedHealth.status).toBe(503);
    expect(stoppedHealth.body).toMatchObject({ status: 'degraded', reason: 'storage_full' });
    expect(stoppedHealth.ms).toBeLessThan(2_000);
    const lastWrite = await write();
    expect(lastWrite.status).toBe(507);
    expect(lastWrite.json.error.message).toMatch(/disk is full/);

    const killedAt = Date.now();
    await server.stop();
    const sigtermMs = Date.now() - killedAt;
    servers.pop();
    expect(sigtermMs).toBeLessThan(10_000);

    // 3. Space freed, server restarted: PostgreSQL's recovery replays the log; every acknowledged write is there.
    disk.leaveFree(0);
    const restarted = await startServerProcess(env, 120_000);
    servers.push(restarted);
    phase('restarted');
    const list = await call(restarted.url, 'GET', '/api/v1/checkins?from=2026-03-14&to=2026-03-14');
    expect(list.status).toBe(200);
    const stored = new Set((list.json.items as { id: string }[]).map((c) => c.id));
    const acknowledged = results.filter((r) => r.status === 201).map((r) => r.id);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    expect(results.every((r) => r.status === 201 || (r.status === 507 && r.code === 'storage_full'))).toBe(
      true,
    );
    console.info(
      'PGlite disk-full figures',
      JSON.stringify({
        writes: tally(results),
        healthMsAfterPanic: stoppedHealth.ms,
        sigtermMs,
        acknowledged: acknowledged.length,
        rounds: stoppedAfter,
        phases,
      }),
    );
  }, 420_000);
});
