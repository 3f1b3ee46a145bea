// Issue #23 point 3: what each cheap memory knob costs, on the PGlite server under the mixed load. One data
// directory is seeded once (50 users, 60 days of check-ins); then each variant starts the real server on
// it with its own Node flags or environment, runs the warm-up and BENCH_MIXED_SECONDS of mixed load, waits
// 20 s, and prints the resident set before, at its peak and idle after, beside its req/s and p99. The
// variants take turns for BENCH_MEMORY_ROUNDS rounds (default 1), so other work on the machine falls on
// all of them. Run alone: `npx tsc -b packages/server && node bench/mixed-memory.mjs`.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from '../scripts/lib.mjs';
import { freePort, percentiles, sampleRss } from './lib.mjs';
import { MIXED_CONNECTIONS, MIXED_SECONDS, mixedLoad, seedUsers } from './mixed-scenario.mjs';
import { startNode, startServer, stopChild } from './server.mjs';

const NPM_START = ['--max-semi-space-size=2'];
/** The knobs: V8 flags in place of `npm start`'s, and glibc malloc settings read from the environment. */
const VARIANTS = [
  {
    name: '--max-semi-space-size=2 alone (npm start before scripts/server-env.mjs)',
    flags: NPM_START,
    env: {},
  },
  // glibc raises its mmap threshold after a large block is freed, so later large blocks (brotli's and
  // argon2's working memory) come from the heap and stay resident; a fixed threshold turns that off.
  {
    name: '+ MALLOC_MMAP_THRESHOLD_=131072 (as npm start)',
    flags: NPM_START,
    env: { MALLOC_MMAP_THRESHOLD_: '131072' },
  },
  { name: '+ MALLOC_ARENA_MAX=2', flags: NPM_START, env: { MALLOC_ARENA_MAX: '2' } },
  { name: "V8's default young generation (no flag)", flags: [], env: {} },
];
const IDLE_SECONDS = 20;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function variantRun(variant, dataDir, users) {
  const port = await freePort();
  const env = {
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DATABASE_URL: '',
    TRUST_PROXY: '127.0.0.1',
    ...variant.env,
  };
  const child = await startNode([...variant.flags, join(root, 'packages/server/dist/main.js')], env);
  const base = `http://127.0.0.1:${port}`;
  try {
    await sleep(1000);
    const rss = sampleRss(child.pid);
    const before = rss.samples.at(-1).mb;
    await mixedLoad(base, users, 3);
    const loadAvg = loadavg()[0];
    const r = await mixedLoad(base, users, MIXED_SECONDS);
    const peak = Math.max(...rss.samples.map((s) => s.mb));
    await sleep(IDLE_SECONDS * 1000);
    const { samples } = rss.stop();
    const idle = percentiles(samples.filter((s) => s.at >= samples.at(-1).at - 5000).map((s) => s.mb)).p50;
    return { name: variant.name, before, peak, idle, rps: r.rps, p99: r.p99, errors: r.errors, loadAvg };
  } finally {
    await stopChild(child);
  }
}

export async function benchMemoryKnobs(rounds = Number(process.env.BENCH_MEMORY_ROUNDS ?? 1)) {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const dataDir = mkdtempSync(join(root, '.tmp', 'bench-memory-'));
  try {
    const port = await freePort();
    const seeding = await startServer(dataDir, port, { DATABASE_URL: '', TRUST_PROXY: '127.0.0.1' });
    const users = await seedUsers(`http://127.0.0.1:${port}`, MIXED_CONNECTIONS);
    await stopChild(seeding);
    const runs = [];
    for (let round = 0; round < rounds; round++)
      for (const variant of VARIANTS) runs.push(await variantRun(variant, dataDir, users));
    return runs;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function printMemoryKnobs(runs) {
  const f = (n) => Math.round(n).toLocaleString('en-GB');
  console.log(
    `\nPGlite server memory by knob (mixed load ${MIXED_SECONDS} s, ${MIXED_CONNECTIONS} connections; idle = median of the last 5 of ${IDLE_SECONDS} s after)`,
  );
  console.log(
    `${'variant'.padEnd(42)}${'before MB'.padEnd(11)}${'peak MB'.padEnd(9)}${'idle MB'.padEnd(9)}${'req/s'.padEnd(7)}${'p99 ms'.padEnd(8)}${'errors'.padEnd(8)}load avg`,
  );
  for (const r of runs)
    console.log(
      `${r.name.padEnd(42)}${f(r.before).padEnd(11)}${f(r.peak).padEnd(9)}${f(r.idle).padEnd(9)}${f(r.rps).padEnd(7)}` +
        `${f(r.p99).padEnd(8)}${f(r.errors).padEnd(8)}${r.loadAvg.toFixed(1)}`,
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printMemoryKnobs(await benchMemoryKnobs());
