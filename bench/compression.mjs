// What compressing dynamic answers costs and saves, to choose @fastify/compress's levels
// (server/src/http/compression.ts). Two parts, each against a baseline from the same run:
// 1. CPU per level: the real GET /api/v1/exercises answer (the largest JSON) and a month of
//    check-ins, compressed at each gzip and brotli level in this process; time per call set
//    beside JSON.stringify of the same answer (which every request pays anyway) and bytes
//    beside the raw answer.
// 2. Under load: autocannon on GET /api/v1/exercises through the real app, raw vs br vs gzip at
//    the chosen levels; req/s as a ratio of raw.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildApp } from '../packages/server/dist/app.js';
import { openPglite } from '../packages/server/dist/db/client.js';
import { dynamicCompression } from '../packages/server/dist/http/compression.js';
import { load } from './lib.mjs';

/** Mean microseconds per call of `fn`, after a warm-up. */
function timeIt(fn, budgetMs = 400) {
  for (let i = 0; i < 5; i++) fn();
  let n = 0;
  const start = process.hrtime.bigint();
  const stop = start + BigInt(budgetMs * 1e6);
  while (process.hrtime.bigint() < stop) {
    fn();
    n++;
  }
  return Number(process.hrtime.bigint() - start) / 1e3 / n;
}

const brotli = (quality) => (buf) =>
  brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: quality,
    },
  });
const gzip = (level) => (buf) => gzipSync(buf, { level });
const levels = [
  ...[1, 4, 6, 9].map((l) => [`gzip ${l}`, gzip(l)]),
  ...[1, 3, 4, 5, 6, 9, 11].map((q) => [`brotli ${q}`, brotli(q)]),
];

async function answers(app) {
  const exercises = await app.inject({ method: 'GET', url: '/api/v1/exercises' });
  const reg = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { email: `bench-${randomUUID()}@example.test`, password: 'correct horse battery staple' },
  });
  if (reg.statusCode !== 201) throw new Error(`register: ${reg.statusCode} ${reg.body}`);
  const cookie = [reg.headers['set-cookie']]
    .flat()
    .map((c) => String(c).split(';')[0])
    .join('; ');
  for (let d = 1; d <= 30; d++) {
    for (const h of ['08', '20']) {
      const recordedAt = `2026-03-${String(d).padStart(2, '0')}T${h}:00:00+01:00`;
      const body = { id: randomUUID(), recordedAt, pain: (d % 7) + 2, sleepHours: 6.5, notes: 'bench' };
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/checkins',
        headers: { cookie },
        payload: body,
      });
      if (res.statusCode !== 201) throw new Error(`POST /api/v1/checkins: ${res.statusCode} ${res.body}`);
    }
  }
  const month = await app.inject({
    method: 'GET',
    url: '/api/v1/checkins?from=2026-03-01&to=2026-03-31',
    headers: { cookie },
  });
  return [
    ['GET /api/v1/exercises', exercises.json()],
    ['GET /api/v1/checkins (60)', month.json()],
  ];
}

export async function benchCompression() {
  const dir = mkdtempSync(join(tmpdir(), 'spinekind-bench-compress-'));
  const database = await openPglite(dir);
  await database.migrate();
  const app = await buildApp({
    database,
    config: { publicUrl: undefined, logLevel: 'silent' },
    limits: { perIpPerMinute: 1e6 },
  });
  try {
    const cpu = [];
    for (const [title, value] of await answers(app)) {
      const raw = Buffer.from(JSON.stringify(value));
      const stringifyUs = timeIt(() => JSON.stringify(value));
      cpu.push({ title, level: 'raw (JSON.stringify)', bytes: raw.length, us: stringifyUs, baseline: true });
      for (const [level, fn] of levels) {
        const bytes = fn(raw).length;
        cpu.push({ title, level, bytes, us: timeIt(() => fn(raw)), rawBytes: raw.length, stringifyUs });
      }
    }
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `${address}/api/v1/exercises`;
    const raw = await load({ title: 'exercises raw', url });
    const rows = [
      { ...raw },
      {
        ...(await load({
          title: `exercises br ${dynamicCompression.brotliQuality}`,
          url,
          headers: { 'accept-encoding': 'br' },
        })),
        baseline: raw,
      },
      {
        ...(await load({
          title: `exercises gzip ${dynamicCompression.gzipLevel}`,
          url,
          headers: { 'accept-encoding': 'gzip' },
        })),
        baseline: raw,
      },
    ];
    return { cpu, rows };
  } finally {
    await app.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printCompression({ cpu, rows }) {
  const pad = (s, n) => String(s).padEnd(n);
  console.log(
    `\n${pad('answer', 28)}${pad('level', 22)}${pad('bytes', 9)}${pad('size', 8)}${pad('µs/call', 10)}CPU vs stringify`,
  );
  for (const r of cpu) {
    const size = r.baseline ? '1.00' : (r.bytes / r.rawBytes).toFixed(3);
    const vs = r.baseline ? '(baseline)' : `${(r.us / r.stringifyUs).toFixed(1)}×`;
    console.log(
      `${pad(r.title, 28)}${pad(r.level, 22)}${pad(r.bytes, 9)}${pad(size, 8)}${pad(r.us.toFixed(0), 10)}${vs}`,
    );
  }
  console.log(
    `\n${pad('case (autocannon)', 28)}${pad('req/s', 9)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}ratio`,
  );
  for (const r of rows) {
    const ratio = r.baseline ? `${(r.rps / r.baseline.rps).toFixed(2)}× of raw` : '(baseline)';
    console.log(`${pad(r.title, 28)}${pad(r.rps.toFixed(0), 9)}${pad(r.p50, 8)}${pad(r.p99, 8)}${ratio}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printCompression(await benchCompression());
