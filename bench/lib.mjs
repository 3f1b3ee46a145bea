import { randomUUID } from 'node:crypto';
// Shared helpers for benchmarks: autocannon runs and a results table with ratios.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import autocannon from 'autocannon';
import Fastify from 'fastify';

export const seconds = Number(process.env.BENCH_SECONDS ?? 5);
export const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

/** Runs autocannon against one URL after a 1 s warm-up; returns req/s and latency percentiles. */
export async function load(opts) {
  // The warm-up lets V8 optimise the hot path and fills connection pools and caches before we measure.
  await autocannon({ ...opts, duration: 1, connections });
  const r = await autocannon({ ...opts, duration: seconds, connections });
  // A benchmark that measures error answers measures nothing: fail loudly instead.
  if (r.non2xx > 0 || r.errors > 0 || r.timeouts > 0)
    throw new Error(`${opts.title}: ${r.non2xx} non-2xx answers, ${r.errors} errors, ${r.timeouts} timeouts`);
  return { title: opts.title, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

/** Fetches JSON and throws on an unexpected status, so set-up mistakes don't pass as results. */
export async function fetchJson(url, init, expected) {
  const res = await fetch(url, init);
  if (res.status !== expected)
    throw new Error(`${init?.method ?? 'GET'} ${url}: ${res.status} ${await res.text()}`);
  return { res, json: await res.json() };
}

export function printTable(rows) {
  const pad = (s, n) => String(s).padEnd(n);
  const of = (r, base) => `${(r.rps / base.rps).toFixed(2)}× of ${base.title.replace(/^\w+: /, '')}`;
  console.log(`\n${pad('case', 52)}${pad('req/s', 9)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}ratio`);
  for (const r of rows) {
    const ratio = r.baseline ? `${of(r, r.baseline)}${r.also ? ` (${of(r, r.also)})` : ''}` : '(baseline)';
    console.log(`${pad(r.title, 52)}${pad(r.rps.toFixed(0), 9)}${pad(r.p50, 8)}${pad(r.p99, 8)}${ratio}`);
  }
}

/** A free TCP port on loopback (closed again at once: another process could take it first, rarely). */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** p50 / p99 / max of latencies in ms (nearest rank). */
export function percentiles(latencies) {
  const sorted = Float64Array.from(latencies).sort();
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? Number.NaN };
}

/**
 * Samples a process's resident set (`VmRSS` in /proc/<pid>/status) every `everyMs`; `stop()` answers the
 * samples `{ at (ms since start), mb }` and its `VmHWM` (peak resident set since it started) in MB.
 */
export function sampleRss(pid, everyMs = 250) {
  const field = (name) => {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`${name}:\\s+(\\d+) kB`));
    return m ? Number(m[1]) / 1024 : Number.NaN;
  };
  const start = performance.now();
  const samples = [{ at: 0, mb: field('VmRSS') }];
  const timer = setInterval(() => {
    try {
      samples.push({ at: performance.now() - start, mb: field('VmRSS') });
    } catch {
      clearInterval(timer); // the process is gone
    }
  }, everyMs);
  return {
    samples,
    stop() {
      clearInterval(timer);
      return { samples, hwmMb: field('VmHWM') };
    },
  };
}

/**
 * A database of its own on the PostgreSQL at `url` (the bench's users, a second instance's job and
 * other engineers' tests never meet); `drop()` removes it, ending any connection left.
 */
export async function freshPostgresDatabase(url) {
  const { default: pg } = await import('pg');
  const name = `bench_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const own = new URL(url);
  own.pathname = `/${name}`;
  return {
    url: own.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** The check-in every request-path benchmark posts (a fresh id each time). */
export const checkinBody = () =>
  JSON.stringify({
    id: randomUUID(),
    recordedAt: '2026-03-14T08:30:00+01:00',
    pain: 4,
    bodyAreas: ['lower_back_centre'],
    sleepHours: 6.5,
    notes: 'bench',
  });

/** A day of March 2026, where the check-in benchmarks put their 60 check-ins. */
export const day = (d) => `2026-03-${String(d).padStart(2, '0')}`;

/** A bare Fastify app, no plugins: one INSERT per POST, one SELECT per GET, through the raw client. */
export async function bareApp(query) {
  await query(
    'create table if not exists bench_bare (id uuid primary key, user_id uuid not null, recorded_at timestamptz not null, pain smallint not null, notes text)',
  );
  await query('create index if not exists bench_bare_user on bench_bare (user_id, recorded_at)');
  // PostgreSQL keeps the table between runs; start each run from the same (empty) state.
  await query('truncate bench_bare');
  const userId = randomUUID();
  const someId = randomUUID();
  for (let d = 1; d <= 30; d++) {
    for (const h of ['08', '20']) {
      const id = d === 1 && h === '08' ? someId : randomUUID();
      await query('insert into bench_bare values ($1, $2, $3, $4, $5)', [
        id,
        userId,
        `${day(d)}T${h}:00:00Z`,
        4,
        'seed',
      ]);
    }
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
  // One row by primary key: the same database work as the app's per-request session lookup.
  app.get('/bare/one', async () => ({
    item: (await query('select id, user_id from bench_bare where id = $1', [someId])).rows[0],
  }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${app.server.address().port}`;
  const { json } = await fetchJson(`${url}/bare`, undefined, 200);
  if (json.items.length !== 60) throw new Error(`bare select returns ${json.items.length} rows, not 60`);
  return { app, url };
}

/**
 * A bare Fastify app doing exactly the app's database work for one of its users, through the raw client of
 * the app's own database (`database.db.$client`): the month of her check-ins with every column (the app's
 * read), and a check-in inserted with the app's conflict rule, answering the whole row (the app's write).
 * Against it, the app's ratio is what the app adds around its statements: session, hooks, validation,
 * mapping, serialising. `bareApp` above inserts and reads a 5-column row instead of the app's 32 columns.
 */
export async function sameWorkApp(query, userId) {
  const app = Fastify();
  app.get('/same', async () => ({
    items: (
      await query(
        'select * from checkins where user_id = $1 and local_date between $2 and $3 order by recorded_at, created_at, id',
        [userId, day(1), day(31)],
      )
    ).rows,
  }));
  app.post('/same', async ({ body: b }) => ({
    checkin: (
      await query(
        'insert into checkins (user_id, id, recorded_at, utc_offset_minutes, local_date, pain, body_areas, sleep_hours, notes, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) on conflict (user_id, id) do nothing returning *',
        [
          userId,
          b.id,
          new Date(b.recordedAt).toISOString(),
          60,
          b.recordedAt.slice(0, 10),
          b.pain,
          b.bodyAreas,
          b.sleepHours,
          b.notes,
          new Date().toISOString(),
        ],
      )
    ).rows[0],
  }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${app.server.address().port}/same`;
  const { json } = await fetchJson(url, undefined, 200);
  if (json.items.length !== 60)
    throw new Error(`the same-work read returns ${json.items.length} rows, not 60`);
  return { app, url };
}
