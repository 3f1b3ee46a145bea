import { randomUUID } from 'node:crypto';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { eq, inArray, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { checkins } from '../checkins/table.js';
import { cookieFrom, PASSWORD } from '../test/app.js';
import { makeCheckin, type Send, sleep, tally, waitUntil, writeLoop } from '../test/fault-load.js';
import { pgliteTemplateDir, testTarget, tmpRoot } from '../test/target.js';
import { type Database, openPglite, openPostgres } from './client.js';

// The database goes away under a running write load, on each engine: PostgreSQL refuses and cuts
// connections (a restart as PostgreSQL does it), PGlite is closed. Every failed write must be answered
// 503 `unavailable` with Retry-After, never 500; once it is back, writes succeed again within seconds;
// and every write that was acknowledged is there afterwards.
const target = testTarget();

function logLines() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, stream };
}

async function appOn(database: Database) {
  const log = logLines();
  const app = await buildApp({
    database,
    config: { publicUrl: undefined, logLevel: 'warn' },
    logStream: log.stream,
  });
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { email: `u-${randomUUID()}@example.test`, password: PASSWORD },
  });
  expect(res.statusCode).toBe(201);
  const userId: string = res.json().user.id;
  return { app, log, userId, send: sender(app, cookieFrom(res)) };
}

const sender =
  (app: FastifyInstance, cookie: string): Send =>
  async (method, url, body) => {
    const res = await app.inject({
      method: method as 'POST',
      url,
      headers: { cookie },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    return { status: res.statusCode, json: res.body ? res.json() : undefined, headers: res.headers };
  };

async function storedIds(database: Database, userId: string, ids: string[]) {
  const rows = await database.db
    .select({ id: checkins.id })
    .from(checkins)
    .where(eq(checkins.userId, userId))
    .then((all) => all.filter((r) => ids.includes(r.id)));
  return new Set(rows.map((r) => r.id));
}

function expectOnlyFaultAnswers(results: ReturnType<typeof writeLoop>['results']) {
  const failed = results.filter((r) => r.status !== 200 && r.status !== 201);
  for (const r of failed)
    expect({ status: r.status, code: r.code }).toEqual({ status: 503, code: 'unavailable' });
  for (const r of failed) expect(r.retryAfter).toBe('5');
  return failed.length;
}

describe.runIf(target.kind === 'postgres')('PostgreSQL going away under load', () => {
  const base = target.kind === 'postgres' ? target.url : '';
  const name = `${new URL(base || 'postgres://x/x').pathname.slice(1)}_outage_${randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: base });
  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const clean of cleanups.reverse()) await clean().catch(() => {});
  });

  it('answers 503 unavailable (never 500) while it restarts or refuses connections, recovers, and loses no acknowledged write', async () => {
    await admin.connect();
    cleanups.push(() => admin.end());
    await admin.query(`create database "${name}"`);
    cleanups.push(() => admin.query(`drop database if exists "${name}" with (force)`));
    const url = new URL(base);
    url.pathname = `/${name}`;
    const database = await openPostgres(url.toString(), 5, 30_000);
    cleanups.push(() => database.close());
    await database.migrate();
    const { app, log, userId, send } = await appOn(database);
    cleanups.push(() => app.close());
    const cut = () =>
      admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name]);

    const load = writeLoop(send, 4);
    await waitUntil(() => load.acknowledged().length >= 20, 20_000, 'writes before the fault');

    // 1. A restart as the server sees it: every connection cut (57P01), new ones allowed at once.
    const restartAt = Date.now();
    await cut();
    await waitUntil(
      () => load.results.some((r) => r.at > restartAt + 200 && r.status === 201),
      10_000,
      'writes after the cut',
    );

    // 2. A stop: no connections accepted for 3 s (55000 at connect), the open ones cut.
    const stopAt = Date.now();
    await admin.query(`alter database "${name}" allow_connections false`);
    await cut();
    await sleep(3_000);
    await admin.query(`alter database "${name}" allow_connections true`);
    const backAt = Date.now();
    await waitUntil(() => load.results.some((r) => r.at >= backAt && r.status === 201), 10_000, 'recovery');
    await sleep(300);
    await load.stop();

    const during = (from: number, to: number) => load.results.filter((r) => r.at >= from && r.at < to);
    const recoveredAt = Math.min(
      ...load.results.filter((r) => r.at >= backAt && r.status === 201).map((r) => r.at),
    );
    const figures = {
      restart: tally(during(restartAt, stopAt)),
      stop3s: tally(during(stopAt, backAt)),
      recoveryMs: recoveredAt - backAt,
      total: tally(load.results),
    };
    console.info('PostgreSQL outage figures', JSON.stringify(figures));

    expect(expectOnlyFaultAnswers(load.results)).toBeGreaterThan(0);
    expect(figures.stop3s['503 unavailable']).toBeGreaterThan(0);
    expect(figures.recoveryMs).toBeLessThan(5_000);
    const acknowledged = load.acknowledged();
    expect((await storedIds(database, userId, acknowledged)).size).toBe(acknowledged.length);
    expect(log.lines.filter((l) => l.msg === 'unhandled error')).toEqual([]);
    // The log says what happened without her data: the SQL state, never a statement or a value.
    expect(JSON.stringify(log.lines)).not.toMatch(/insert into|recorded_at/i);
  });
});

describe.runIf(target.kind === 'pglite')('PGlite too slow, then closed under load', () => {
  const dir = join(tmpRoot, `pglite-outage-${randomUUID()}`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers 503 unavailable (never 500) when a statement waits past the limit and once closed, and every acknowledged write is there after reopening', async () => {
    cpSync(pgliteTemplateDir(), dir, { recursive: true });
    // A 2 s statement limit, so the slow case below is quick to show.
    const database = await openPglite(dir, 2_000);
    const { app, userId, send } = await appOn(database);

    // Slow: a transaction holds PGlite's one connection for 3 s; a write waiting behind it is answered
    // 503 after the limit (it may still complete later, and the message says so).
    const holding = database.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      await sleep(3_000);
    });
    await sleep(100);
    const waitedAt = Date.now();
    const late = await send('POST', '/api/v1/checkins', makeCheckin());
    const waitedMs = Date.now() - waitedAt;
    await holding;
    expect(late.status).toBe(503);
    expect(late.json.error).toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/may already be saved/),
    });
    expect(waitedMs).toBeGreaterThanOrEqual(1_900);

    const load = writeLoop(send, 4);
    await waitUntil(() => load.acknowledged().length >= 20, 30_000, 'writes before the fault');
    const closedAt = Date.now();
    await database.close();
    await waitUntil(
      () => load.results.filter((r) => r.at > closedAt).length >= 20,
      10_000,
      'writes after close',
    );
    await load.stop();
    await app.close();
    console.info('PGlite closed under load', JSON.stringify(tally(load.results)));

    expect(expectOnlyFaultAnswers(load.results)).toBeGreaterThanOrEqual(20);
    const reopened = await openPglite(dir);
    const acknowledged = load.acknowledged();
    const rows = await reopened.db
      .select({ id: checkins.id })
      .from(checkins)
      .where(inArray(checkins.id, acknowledged));
    await reopened.close();
    expect(rows.length).toBe(acknowledged.length);
    expect(userId).toBeTruthy();
  });
});
