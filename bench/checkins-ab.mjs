// Before/after on a shared, noisy machine: builds of the server side by side in one process, measured in
// rotating rounds (bare, A, B, … then A, B, …, bare), so a burst of other work falls on all of them. Each
// build is a folder holding `packages/server/dist` and `packages/server/drizzle` (and a `node_modules` link
// to the repo's), e.g. made from a commit with `git archive <commit> packages/server packages/core
// tsconfig.base.json | tar -x -C /tmp/before` and `npx tsc -b packages/server` there.
//
//   BUILDS="before=/tmp/before,after=." ENGINE=pglite|postgres DATABASE_URL_BENCH=… BENCH_ROUNDS=3 BENCH_SECONDS=4 \
//   CASES=get,me,post node bench/checkins-ab.mjs
//
// Cases as in checkins.mjs: `get` the month (60 check-ins), `me`, `post` a new check-in; the bare route does
// the same database work through the raw client. With BASELINE=wide the bare side of `get` and `post` runs
// the app's own rows instead (every column of the check-ins table, on the last build's database), which
// shows what is left once the wider rows are counted.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import autocannon from 'autocannon';
import pg from 'pg';
import { bareApp, checkinBody, day, sameWorkApp } from './lib.mjs';

const engine = process.env.ENGINE ?? 'pglite';
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const cases = (process.env.CASES ?? 'get,me,post').split(',');
const builds = (process.env.BUILDS ?? 'current=.').split(',').map((b) => b.split('='));
const pgUrl = process.env.DATABASE_URL_BENCH ?? process.env.DATABASE_URL_TEST;
const tmp = mkdtempSync(join(tmpdir(), 'spinekind-ab-'));
const json = { 'content-type': 'application/json' };
const post = {
  method: 'POST',
  setupClient: (c) => c.setBody(checkinBody()),
  requests: [{ setupRequest: (r) => ({ ...r, body: checkinBody() }) }],
};

async function listening(app) {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${app.server.address().port}`;
}

/** The bare routes of checkins.mjs (lib.mjs `bareApp`): one INSERT, one SELECT of 60 rows, one row by key. */
async function bare() {
  const client =
    engine === 'postgres' ? new pg.Pool({ connectionString: pgUrl, max: 10 }) : new PGlite(join(tmp, 'bare'));
  const { app, url } = await bareApp((text, params) => client.query(text, params));
  return {
    name: 'bare',
    get: { url: `${url}/bare` },
    me: { url: `${url}/bare/one` },
    post: { url: `${url}/bare`, ...post, headers: json },
    close: async () => {
      await app.close();
      await (engine === 'postgres' ? client.end() : client.close());
    },
  };
}

/** The real app of one build, with a user holding 60 check-ins in March; and the wide bare routes beside it. */
async function build(name, folder) {
  const dist = join(resolve(folder), 'packages', 'server', 'dist');
  const { buildApp } = await import(join(dist, 'app.js'));
  const { openPglite, openPostgres } = await import(join(dist, 'db', 'client.js'));
  const database = engine === 'postgres' ? await openPostgres(pgUrl, 10) : await openPglite(join(tmp, name));
  await database.migrate();
  const app = await buildApp({
    database,
    config: { publicUrl: undefined, logLevel: 'silent' },
    limits: { perIpPerMinute: 1e6 },
  });
  const url = await listening(app);
  const registered = await fetch(`${url}/api/v1/auth/register`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email: `ab-${randomUUID()}@example.test`, password: 'correct horse battery' }),
  });
  const cookie = registered.headers.getSetCookie()[0].split(';')[0];
  const userId = (await registered.json()).user.id;
  for (let d = 1; d <= 30; d++)
    for (const h of ['08', '20']) {
      const body = JSON.stringify({ recordedAt: `${day(d)}T${h}:00:00Z`, pain: 4, notes: 'seed' });
      const res = await fetch(`${url}/api/v1/checkins`, {
        method: 'POST',
        headers: { ...json, cookie },
        body,
      });
      if (res.status !== 201) throw new Error(`${name}: seeding answered ${res.status}`);
    }
  const month = `${url}/api/v1/checkins?from=${day(1)}&to=${day(31)}`;
  const list = await (await fetch(month, { headers: { cookie } })).json();
  if (list.items.length !== 60) throw new Error(`${name}: the month lists ${list.items.length} check-ins`);

  // The app's own rows through the raw client of its database: its database work and nothing else.
  const wide = await sameWorkApp((text, params) => database.db.$client.query(text, params), userId);
  return {
    name,
    get: { url: month, headers: { cookie } },
    me: { url: `${url}/api/v1/me`, headers: { cookie } },
    post: { url: `${url}/api/v1/checkins`, ...post, headers: { ...json, cookie } },
    wide: { get: { url: wide.url }, post: { url: wide.url, ...post, headers: json } },
    close: async () => {
      await wide.app.close();
      await app.close();
      await database.close();
    },
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const targets = [await bare()];
try {
  for (const [name, folder] of builds) targets.push(await build(name, folder));
  if (process.env.BASELINE === 'wide') Object.assign(targets[0], targets.at(-1).wide);
  const results = {};
  const loads = [loadavg()[0]];
  // Reads before writes, as in checkins.mjs: the writes grow the table a read returns.
  for (const kase of cases) {
    for (const t of targets) await autocannon({ ...t[kase], duration: 1, connections: 10 });
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < targets.length; i++) {
        const t = targets[(i + r) % targets.length];
        const res = await autocannon({ ...t[kase], duration: seconds, connections: 10 });
        if (res.non2xx || res.errors || res.timeouts)
          throw new Error(
            `${t.name} ${kase}: ${res.non2xx} non-2xx, ${res.errors} errors, ${res.timeouts} timeouts`,
          );
        results[kase] ??= {};
        results[kase][t.name] ??= [];
        results[kase][t.name].push(res.requests.average);
      }
      loads.push(loadavg()[0]);
    }
  }
  console.log(
    `${engine}, ${rounds} rounds × ${seconds} s, 10 connections; load average ${loads.map((l) => l.toFixed(1)).join(' ')}`,
  );
  for (const kase of cases) {
    const bareRps = results[kase].bare;
    for (const t of targets) {
      const rps = results[kase][t.name];
      const ratios = rps.map((x, i) => x / (bareRps[i] ?? Number.NaN));
      const ratio =
        t.name === 'bare'
          ? 'baseline'
          : `${median(ratios).toFixed(2)}× (rounds ${ratios.map((x) => x.toFixed(2)).join(' ')})`;
      console.log(
        `${kase.padEnd(5)} ${t.name.padEnd(10)} median ${median(rps).toFixed(0).padStart(6)} req/s [${rps.map((x) => x.toFixed(0)).join(' ')}]  ${ratio}`,
      );
    }
  }
} finally {
  for (const t of targets) await t.close();
  rmSync(tmp, { recursive: true, force: true });
}
