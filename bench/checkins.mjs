// Check-ins API under load, beside a bare Fastify route doing the same database work, in one run.
// The ratio app/bare is the number to watch: it is what our auth, validation and mapping cost.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../packages/server/dist/app.js';
import { openPglite, openPostgres } from '../packages/server/dist/db/client.js';
import { load } from './lib.mjs';

const day = (d) => `2026-03-${String(d).padStart(2, '0')}`;
const checkinBody = () =>
  JSON.stringify({
    id: randomUUID(),
    recordedAt: '2026-03-14T08:30:00+01:00',
    pain: 4,
    bodyAreas: ['lower_back_centre'],
    sleepHours: 6.5,
    notes: 'bench',
  });

/** A bare Fastify app: one INSERT per POST and one SELECT per GET through the raw client. */
async function bareApp(query) {
  await query(
    'create table if not exists bench_bare (id uuid primary key, user_id uuid not null, recorded_at timestamptz not null, pain smallint not null, notes text)',
  );
  await query('create index if not exists bench_bare_user on bench_bare (user_id, recorded_at)');
  const userId = randomUUID();
  for (let d = 1; d <= 30; d++) {
    for (const h of ['08', '20'])
      await query('insert into bench_bare values ($1, $2, $3, $4, $5)', [
        randomUUID(),
        userId,
        `${day(d)}T${h}:00:00Z`,
        4,
        'seed',
      ]);
  }
  const app = Fastify();
  app.post('/bare', async (req) => {
    const b = req.body;
    await query('insert into bench_bare values ($1, $2, $3, $4, $5)', [
      b.id,
      userId,
      b.recordedAt,
      b.pain,
      b.notes,
    ]);
    return { ok: true };
  });
  app.get('/bare', async () => ({
    items: (await query('select * from bench_bare where user_id = $1 order by recorded_at', [userId])).rows,
  }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url: `http://127.0.0.1:${app.server.address().port}` };
}

async function realApp(database) {
  const app = await buildApp({
    database,
    config: { publicUrl: undefined, logLevel: 'silent' },
    limits: { perIpPerMinute: 1e6 },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${app.server.address().port}`;
  const res = await fetch(`${url}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `bench-${randomUUID()}@example.test`, password: 'correct horse battery' }),
  });
  const cookie = res.headers.getSetCookie()[0].split(';')[0];
  for (let d = 1; d <= 30; d++) {
    for (const h of ['08', '20']) {
      await fetch(`${url}/api/v1/checkins`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ recordedAt: `${day(d)}T${h}:00:00Z`, pain: 4, notes: 'seed' }),
      });
    }
  }
  return { app, url, cookie };
}

/** Runs the four cases on one engine and returns rows with their baselines. */
export async function benchCheckins(engine) {
  const tmp = mkdtempSync(join(tmpdir(), 'spinekind-bench-'));
  let database;
  let bareQuery;
  let closeBare;
  if (engine === 'postgres') {
    const url = process.env.DATABASE_URL_BENCH ?? process.env.DATABASE_URL_TEST;
    database = await openPostgres(url);
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    bareQuery = (text, params) => pool.query(text, params);
    closeBare = () => pool.end();
  } else {
    database = await openPglite(join(tmp, 'app'));
    const raw = new PGlite(join(tmp, 'bare'));
    bareQuery = (text, params) => raw.query(text, params);
    closeBare = () => raw.close();
  }
  await database.migrate();
  const bare = await bareApp(bareQuery);
  const real = await realApp(database);
  const headers = { 'content-type': 'application/json', cookie: real.cookie };
  const post = {
    method: 'POST',
    headers,
    setupClient: (c) => c.setBody(checkinBody()),
    requests: [{ setupRequest: (r) => ({ ...r, body: checkinBody() }) }],
  };
  // Reads first: the write benchmarks add thousands of rows that would change what a read returns.
  const bareSelect = await load({ title: `${engine}: bare select`, url: `${bare.url}/bare` });
  const list = await load({
    title: `${engine}: GET /api/v1/checkins (month)`,
    url: `${real.url}/api/v1/checkins?from=${day(1)}&to=${day(31)}`,
    headers,
  });
  const bareInsert = await load({
    title: `${engine}: bare insert`,
    url: `${bare.url}/bare`,
    ...post,
    headers: { 'content-type': 'application/json' },
  });
  const create = await load({
    title: `${engine}: POST /api/v1/checkins`,
    url: `${real.url}/api/v1/checkins`,
    ...post,
  });
  await real.app.close();
  await bare.app.close();
  await database.close();
  await closeBare();
  rmSync(tmp, { recursive: true, force: true });
  return [bareInsert, { ...create, baseline: bareInsert }, bareSelect, { ...list, baseline: bareSelect }];
}
