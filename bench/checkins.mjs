// Check-ins API under load, beside bare Fastify routes, in one run. The ratio to the bare route doing the
// app's own database work (`sameWorkApp`: the month's rows with every column, the app's insert answering
// the whole row) is the number to watch (#23 point 1): it is what our plugins, session, validation, mapping
// and serialising cost. Beside it, the ratio to a 5-column insert and select (`bareApp`), as measured since
// November. Against a one-row select: `GET /health` (all hooks, `select 1`) shows what the
// framework set-up costs, `GET /api/v1/me` (the same plus the session lookup) what a signed-in request costs.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { buildApp } from '../packages/server/dist/app.js';
import { openPglite, openPostgres } from '../packages/server/dist/db/client.js';
import { bareApp, checkinBody, day, fetchJson, load, sameWorkApp } from './lib.mjs';

/** The real app with one registered user holding 60 check-ins in March (two a day). */
async function realApp(database) {
  const app = await buildApp({
    database,
    config: { publicUrl: undefined, logLevel: 'silent' },
    // The per-IP limit guards sign-up and sign-in; one benchmark client would trip it.
    limits: { perIpPerMinute: 1e6 },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${app.server.address().port}`;
  const json = { 'content-type': 'application/json' };
  const { res } = await fetchJson(
    `${url}/api/v1/auth/register`,
    {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        email: `bench-${randomUUID()}@example.test`,
        password: 'correct horse battery',
      }),
    },
    201,
  );
  const cookie = res.headers.getSetCookie()[0].split(';')[0];
  for (let d = 1; d <= 30; d++) {
    for (const h of ['08', '20']) {
      const body = JSON.stringify({ recordedAt: `${day(d)}T${h}:00:00Z`, pain: 4, notes: 'seed' });
      await fetchJson(`${url}/api/v1/checkins`, { method: 'POST', headers: { ...json, cookie }, body }, 201);
    }
  }
  const month = `${url}/api/v1/checkins?from=${day(1)}&to=${day(31)}`;
  const { json: list } = await fetchJson(month, { headers: { cookie } }, 200);
  if (list.items.length !== 60) throw new Error(`the month lists ${list.items.length} check-ins, not 60`);
  const { json: me } = await fetchJson(`${url}/api/v1/me`, { headers: { cookie } }, 200);
  return { app, url, cookie, userId: me.user.id, month, monthAnswer: list };
}

/** Opens the app's database and, beside it, the same kind of raw client for the bare app. */
async function openEngine(engine, tmp) {
  if (engine === 'postgres') {
    const url = process.env.DATABASE_URL_BENCH ?? process.env.DATABASE_URL_TEST;
    // Same pool size as the app's (openPostgres defaults to 10), so neither side gets more connections.
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    return {
      database: await openPostgres(url, 10),
      query: (text, params) => pool.query(text, params),
      close: () => pool.end(),
    };
  }
  const raw = new PGlite(join(tmp, 'bare'));
  return {
    database: await openPglite(join(tmp, 'app')),
    query: (text, params) => raw.query(text, params),
    close: () => raw.close(),
  };
}

/** Runs the cases on one engine (`pglite` or `postgres`): rows with their baselines, and a sample answer. */
export async function benchCheckins(engine) {
  const tmp = mkdtempSync(join(tmpdir(), 'spinekind-bench-'));
  const { database, query, close } = await openEngine(engine, tmp);
  let bare;
  let real;
  let same;
  try {
    await database.migrate();
    bare = await bareApp(query);
    real = await realApp(database);
    same = await sameWorkApp((text, params) => database.db.$client.query(text, params), real.userId);
    const json = { 'content-type': 'application/json' };
    const post = {
      method: 'POST',
      setupClient: (c) => c.setBody(checkinBody()),
      // A fresh UUID per request: a repeated id would measure the idempotent-replay path instead.
      requests: [{ setupRequest: (r) => ({ ...r, body: checkinBody() }) }],
    };
    const signedIn = { cookie: real.cookie };
    // Reads first: the write cases add thousands of rows that would change what a read returns.
    const bareSelect = await load({ title: `${engine}: bare select (60 rows)`, url: `${bare.url}/bare` });
    const sameSelect = await load({ title: `${engine}: the app's select, bare (60 rows)`, url: same.url });
    const list = await load({
      title: `${engine}: GET /api/v1/checkins (month)`,
      url: real.month,
      headers: signedIn,
    });
    const bareOne = await load({
      title: `${engine}: bare select (1 row by key)`,
      url: `${bare.url}/bare/one`,
    });
    const health = await load({ title: `${engine}: GET /health`, url: `${real.url}/health` });
    const me = await load({
      title: `${engine}: GET /api/v1/me`,
      url: `${real.url}/api/v1/me`,
      headers: signedIn,
    });
    const bareInsert = await load({
      title: `${engine}: bare insert`,
      url: `${bare.url}/bare`,
      ...post,
      headers: json,
    });
    const sameInsert = await load({
      title: `${engine}: the app's insert, bare`,
      url: same.url,
      ...post,
      headers: json,
    });
    const create = await load({
      title: `${engine}: POST /api/v1/checkins`,
      url: `${real.url}/api/v1/checkins`,
      ...post,
      headers: { ...json, ...signedIn },
    });
    const rows = [
      bareInsert,
      sameInsert,
      { ...create, baseline: sameInsert, also: bareInsert },
      bareSelect,
      sameSelect,
      { ...list, baseline: sameSelect, also: bareSelect },
      bareOne,
      { ...health, baseline: bareOne },
      { ...me, baseline: bareOne },
    ];
    return { rows, monthAnswer: real.monthAnswer };
  } finally {
    await real?.app.close();
    await bare?.app.close();
    await same?.app.close();
    await database.close();
    await close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
