import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { isolatedPostgresSchema } from './test/isolated-postgres.js';
import {
  ensureServerBuilt,
  registerOn,
  type ServerProcess,
  startServerProcess,
} from './test/server-process.js';
import { testTarget } from './test/target.js';

// SIGTERM with a request stuck in the database (a row lock held by another session): the process gives
// it the grace period, cuts it, says so in the log (by method only), and exits within 10 s.
// PGlite's stuck case (a full write-ahead log) is in db/disk-full.int.test.ts.
const target = testTarget();

describe.runIf(target.kind === 'postgres')('SIGTERM on PostgreSQL with a request waiting on a lock', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const clean of cleanups.reverse()) await clean().catch(() => {});
  });

  it('cuts the waiting request after the grace period, logs it without its URL, and exits within 10 s', async () => {
    ensureServerBuilt();
    const url = target.kind === 'postgres' ? target.url : '';
    const schema = await isolatedPostgresSchema(url);
    cleanups.push(() => schema.drop());
    const server: ServerProcess = await startServerProcess(
      { DATABASE_URL: schema.url, PUSH_JOB_INTERVAL_MS: '0', LOG_LEVEL: 'info' },
      120_000,
    );
    cleanups.push(() => server.stop());
    console.info('shutdown test: server started');
    const call = await registerOn(server.url);
    const id = randomUUID();
    expect(
      (
        await call(server.url, 'POST', '/api/v1/checkins', {
          id,
          recordedAt: '2026-03-14T08:30:00+01:00',
          pain: 4,
        })
      ).status,
    ).toBe(201);

    const locker = new pg.Client({ connectionString: schema.url });
    await locker.connect();
    cleanups.push(() => locker.end());
    await locker.query('begin');
    await locker.query('select id from checkins where id = $1 for update', [id]);
    const stuck = call(server.url, 'PATCH', `/api/v1/checkins/${id}`, { pain: 7 }).catch(() => 'cut');
    await new Promise((r) => setTimeout(r, 1_000));

    console.info('shutdown test: request waiting, sending SIGTERM');
    const killedAt = Date.now();
    await server.stop();
    const sigtermMs = Date.now() - killedAt;
    await locker.query('rollback');
    expect(await stuck).toBe('cut');
    console.info('SIGTERM with a request stuck on a lock', JSON.stringify({ sigtermMs }));
    expect(sigtermMs).toBeLessThan(10_000);
    const cut = server.logs.find((l) => l.msg === 'requests cut short at shutdown');
    expect(cut?.requests).toEqual({ PATCH: 1 });
    expect(JSON.stringify(cut)).not.toContain(id);
    expect(server.logs.find((l) => l.msg === 'stopped')).toBeTruthy();
  }, 240_000);
});
