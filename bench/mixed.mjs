// Issue #23 points 2 and 3: the mixed load of real use (bench/mixed-scenario.mjs) against the real server
// as a child process, beside a bare Fastify child with the same database client doing the same statements
// (bench/mixed-bare.mjs), on PGlite and, with DATABASE_URL_BENCH or DATABASE_URL_TEST, on PostgreSQL (a
// database of its own, dropped afterwards); the PGlite server's resident memory sampled every 250 ms during
// the load and for 20 s after it. Then, on PostgreSQL, the scale-out of point 6 (bench/scale-out.mjs).
// Run alone: `npx tsc -b packages/server && node bench/mixed.mjs` (BENCH_MIXED_SECONDS, default 60;
// BENCH_MIXED_PROFILE=<dir> writes a CPU profile of each measured server; BENCH_MIXED_ENGINE=pglite or postgres
// measures that engine alone, without the scale-out).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from '../scripts/lib.mjs';
import { SERVER_ENV } from '../scripts/server-env.mjs';
import { freePort, freshPostgresDatabase, percentiles, sampleRss } from './lib.mjs';
import {
  lostWrites,
  MIX,
  MIXED_CONNECTIONS,
  MIXED_SECONDS,
  mixedLoad,
  seedUsers,
} from './mixed-scenario.mjs';
import { startNode, startServer, stopChild } from './server.mjs';

const WARM_UP_SECONDS = 3;
const IDLE_SECONDS = 20;
const postgresUrl = process.env.DATABASE_URL_BENCH ?? process.env.DATABASE_URL_TEST;
/** Issue #23: p99 targets by engine; no error; the PGlite server's memory during and after. */
export const TARGETS = { p99: { pglite: 300, postgres: 150 }, rssDuringMb: 350, rssIdleMb: 200 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts the real server (`bare: false`) or the bare one on a fresh port; answers the child and its URL. */
async function start(bare, dataDir, databaseUrl, profile) {
  const port = await freePort();
  const env = {
    DATABASE_URL: databaseUrl ?? '',
    DATA_DIR: dataDir,
    PORT: String(port),
    // The load comes through "a proxy" (X-Forwarded-For per user); only loopback is believed.
    TRUST_PROXY: '127.0.0.1',
    ...(profile ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profile}` } : {}),
  };
  const child = bare
    ? await startNode(['--max-semi-space-size=2', join(root, 'bench', 'mixed-bare.mjs')], {
        ...SERVER_ENV,
        ...env,
      })
    : await startServer(dataDir, port, env);
  return { child, base: `http://127.0.0.1:${port}` };
}

/**
 * One side (app or bare) on one engine: start, seed 50 users, restart (the measured process is a reopened
 * server, as in production, not the one that ran initdb), warm up, measure, then 20 s idle; RSS throughout.
 */
async function measure(engine, bare) {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const dataDir = mkdtempSync(join(root, '.tmp', 'bench-mixed-'));
  const pg = engine === 'postgres' ? await freshPostgresDatabase(postgresUrl) : undefined;
  const profileDir = process.env.BENCH_MIXED_PROFILE;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  let server;
  try {
    server = await start(bare, dataDir, pg?.url);
    const seedStart = performance.now();
    const users = await seedUsers(server.base, MIXED_CONNECTIONS);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    await stopChild(server.child);
    server = await start(bare, dataDir, pg?.url, bare ? undefined : profileDir);
    await sleep(1000);
    const rss = sampleRss(server.child.pid);
    const idleBeforeMb = rss.samples.at(-1).mb;
    await mixedLoad(server.base, users, WARM_UP_SECONDS);
    const loadFrom = rss.samples.length;
    const loadAvgStart = loadavg()[0];
    const result = await mixedLoad(server.base, users, MIXED_SECONDS);
    const loadAvgEnd = loadavg()[0];
    const during = rss.samples.slice(1);
    await sleep(IDLE_SECONDS * 1000);
    const { samples, hwmMb } = rss.stop();
    const lastFive = samples.filter((s) => s.at >= samples.at(-1).at - 5000).map((s) => s.mb);
    const memory = {
      idleBeforeMb,
      peakMb: Math.max(...during.map((s) => s.mb)),
      loadStartMb: rss.samples[loadFrom]?.mb,
      hwmMb,
      idleAfterMb: percentiles(lastFive).p50,
    };
    const writes = bare ? undefined : await lostWrites(server.base, users);
    const perStep = Object.fromEntries(Object.entries(result.perStep).map(([k, v]) => [k, percentiles(v)]));
    return { engine, bare, seedSeconds, ...result, perStep, memory, writes, loadAvgStart, loadAvgEnd };
  } finally {
    if (server) await stopChild(server.child);
    await pg?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The mixed load, bare then app, on each engine; answers one row per side and engine. */
export async function benchMixed() {
  const only = process.env.BENCH_MIXED_ENGINE;
  const engines = (postgresUrl ? ['pglite', 'postgres'] : ['pglite']).filter((e) => !only || e === only);
  const runs = [];
  for (const engine of engines) {
    runs.push(await measure(engine, true));
    runs.push(await measure(engine, false));
  }
  return { seconds: MIXED_SECONDS, connections: MIXED_CONNECTIONS, runs, postgresSkipped: !postgresUrl };
}

const f = (n, d = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d })
    : '—';
const pad = (t, n) => String(t).padEnd(n);
const met = (ok) => (ok ? 'met' : 'NOT MET');

/** One table row per side and engine, the targets, and where an app's time goes by step. */
export function printMixed(m) {
  const mix = Object.entries(MIX)
    .map(([k, v]) => `${k} ${v}%`)
    .join(', ');
  console.log(
    `\nMixed load: ${m.connections} connections (one user each: sign-in, then ${mix}), ` +
      `${m.seconds} s after a ${WARM_UP_SECONDS} s warm-up; real server and bare server as child processes`,
  );
  console.log(
    `${pad('case', 20)}${pad('req/s', 8)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}${pad('max ms', 8)}${pad('errors', 8)}${pad('load avg', 11)}ratio`,
  );
  for (const r of m.runs) {
    const bare = m.runs.find((b) => b.bare && b.engine === r.engine);
    const ratio = r.bare ? '(baseline)' : `${(r.rps / bare.rps).toFixed(2)}× of bare`;
    const load = `${f(r.loadAvgStart, 1)}–${f(r.loadAvgEnd, 1)}`;
    console.log(
      `${pad(`${r.engine}: ${r.bare ? 'bare' : 'app'}`, 20)}${pad(f(r.rps), 8)}${pad(f(r.p50), 8)}${pad(f(r.p99), 8)}` +
        `${pad(f(r.max), 8)}${pad(f(r.errors), 8)}${pad(load, 11)}${ratio}`,
    );
  }
  for (const r of m.runs.filter((x) => !x.bare)) {
    const target = TARGETS.p99[r.engine];
    const steps = Object.entries(r.perStep)
      .map(([k, s]) => `${k} ${f(s.p50)}/${f(s.p99)}`)
      .join(', ');
    console.log(`  ${r.engine} app, p50/p99 ms by step: ${steps}`);
    const errors = r.errors
      ? `${r.errors} errors: ${JSON.stringify(r.unexpected)}, ${r.connectionErrors} connection errors, ${r.timeouts} timeouts`
      : 'no error';
    console.log(
      `  ${r.engine} target p99 ≤ ${target} ms: ${met(r.total > 0 && r.p99 <= target)} (${f(r.p99)} ms, ${f(r.total)} answers); ` +
        `${errors} (${met(!r.errors)}); ` +
        `writes answered 201: ${f(r.writes.acknowledged)}, missing afterwards: ${r.writes.missing}`,
    );
  }
  for (const r of m.runs.filter((x) => x.engine === 'pglite' || !x.bare)) {
    const x = r.memory;
    const judged = r.engine === 'pglite' && !r.bare;
    const during = judged ? ` [≤ ${TARGETS.rssDuringMb}: ${met(x.peakMb <= TARGETS.rssDuringMb)}]` : '';
    const idle = judged ? ` [≤ ${TARGETS.rssIdleMb}: ${met(x.idleAfterMb <= TARGETS.rssIdleMb)}]` : '';
    console.log(
      `  ${r.engine} ${r.bare ? 'bare' : 'app'} RSS: idle before ${f(x.idleBeforeMb)} MB, peak during load ${f(x.peakMb)} MB` +
        `${during} (VmHWM ${f(x.hwmMb)}), idle ${IDLE_SECONDS} s after ${f(x.idleAfterMb)} MB${idle}`,
    );
  }
  if (m.postgresSkipped)
    console.log(
      '  (PostgreSQL skipped: set DATABASE_URL_BENCH or DATABASE_URL_TEST to run it and the scale-out)',
    );
}

/**
 * The whole bench: the mixed load on each engine, then the scale-out when PostgreSQL is there; prints both
 * and keeps the raw numbers in bench/.results (out of git) for comparing runs.
 */
export async function runMixed() {
  const loadAtStart = loadavg()[0];
  const mixed = await benchMixed();
  printMixed(mixed);
  let scaleOut;
  if (postgresUrl && !process.env.BENCH_MIXED_ENGINE) {
    const { benchScaleOut, printScaleOut } = await import('./scale-out.mjs');
    scaleOut = await benchScaleOut();
    printScaleOut(scaleOut);
  }
  mkdirSync(join(root, 'bench', '.results'), { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const results = { loadAtStart, loadAtEnd: loadavg()[0], ...mixed, scaleOut };
  writeFileSync(join(root, 'bench', '.results', `mixed-${stamp}.json`), JSON.stringify(results, null, 2));
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`load average ${loadavg()[0].toFixed(1)} at start`);
  await runMixed();
  console.log(`load average ${loadavg()[0].toFixed(1)} at the end`);
}
