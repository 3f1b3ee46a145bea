// `npm run bench`: builds the server when stale, then runs every benchmark and prints ratios
// against baselines measured in the same run (absolute numbers on a shared 2-core machine mislead).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { ensureInstalled, log, root, run } from '../scripts/lib.mjs';
import { connections, printTable, seconds } from './lib.mjs';

const newestMtime = (path) =>
  statSync(path).isDirectory()
    ? Math.max(0, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))))
    : statSync(path).mtimeMs;

/** Kept out of git (see .gitignore): raw numbers for comparing runs when updating bench/README.md. */
function saveResults({ rows, ...rest }) {
  mkdirSync(join(root, 'bench', '.results'), { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(
    join(root, 'bench', '.results', `checkins-${stamp}.json`),
    JSON.stringify(
      {
        loadAtStart,
        loadAtEnd: loadavg()[0],
        seconds,
        connections,
        rows: rows.map(({ baseline, also, ...r }) => ({
          ...r,
          baseline: baseline?.title,
          also: also?.title,
        })),
        ...rest,
      },
      null,
      2,
    ),
  );
  console.log(
    `\nBenchmarks took ${((Date.now() - startedAt) / 1000).toFixed(0)} s; load average ${loadavg()[0].toFixed(1)} at the end.`,
  );
}

const startedAt = Date.now();
const loadAtStart = loadavg()[0];
ensureInstalled();
// Incremental: a no-op in under a second when the server is current. The web app is not rebuilt
// here: the benchmark must not depend on it, and its size below is read from the last build.
log('Building server (tsc -b packages/server)…');
const built = run(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['tsc', '-b', 'packages/server'], {
  allowFail: true,
});
if (!built) {
  if (!existsSync(join(root, 'packages', 'server', 'dist', 'app.js'))) process.exit(1);
  console.log(
    '\n!!! The server does not build: benchmarking its LAST SUCCESSFUL build in packages/server/dist. !!!\n',
  );
}
const { benchCheckins } = await import('./checkins.mjs');
const { benchHotPath, printHotPath } = await import('./hot-path.mjs');

console.log(
  `\nNode ${process.version}, ${cpus().length} CPUs, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM; ` +
    `${seconds} s per case after a 1 s warm-up, ${connections} connections; ` +
    // Other work on the machine moves absolute numbers more than anything we change; say how busy it was.
    `load average ${loadAtStart.toFixed(1)} at start.`,
);
const engines = ['pglite'];
if (process.env.DATABASE_URL_BENCH ?? process.env.DATABASE_URL_TEST) engines.push('postgres');
const rows = [];
let monthAnswer;
for (const engine of engines) {
  log(`Check-ins on ${engine}…`);
  const result = await benchCheckins(engine);
  rows.push(...result.rows);
  monthAnswer = result.monthAnswer;
}
printTable(rows);
if (!engines.includes('postgres')) {
  console.log(
    '\n!!! PostgreSQL SKIPPED: set DATABASE_URL_BENCH (or DATABASE_URL_TEST) to benchmark it too. !!!',
  );
}
const hotPath = benchHotPath(monthAnswer);
printHotPath(hotPath);

// `BENCH_ONLY=checkins`: the table above and nothing else (a before/after of the request path in ~2 minutes).
if (process.env.BENCH_ONLY === 'checkins') {
  saveResults({ rows, hotPath });
  process.exit(0);
}

log('Compression of dynamic answers…');
const { benchCompression, printCompression } = await import('./compression.mjs');
printCompression(await benchCompression());

log('Insights engine…');
const { benchInsights, printInsights } = await import('./insights.mjs');
printInsights(benchInsights());

log('Restore, reports and a zip bomb by one user, seen by another (BENCH_RESTORE_CHECKINS, default 15,000)…');
const { benchRestore, printRestore } = await import('./restore.mjs');
const restore = await benchRestore();
printRestore(restore);

log(`Apple Health import (${process.env.BENCH_APPLE_MB ?? 1024} MB export; BENCH_APPLE_MB to change)…`);
const { benchAppleHealth, printAppleHealth } = await import('./apple-health/index.mjs');
const appleHealth = await benchAppleHealth();
printAppleHealth(appleHealth);

log('Mixed load of real use, then two instances on one PostgreSQL (BENCH_MIXED_SECONDS, default 60)…');
const { runMixed } = await import('./mixed.mjs');
await runMixed();

console.log('');
const webSize = join(root, 'scripts', 'web-size.mjs');
if (existsSync(webSize)) spawnSync(process.execPath, [webSize], { cwd: root, stdio: 'inherit' });
else console.log('First-load JS: not measured (scripts/web-size.mjs is missing).');
const webIndex = join(root, 'packages', 'web', 'dist', 'index.html');
if (existsSync(webIndex) && newestMtime(join(root, 'packages', 'web', 'src')) > statSync(webIndex).mtimeMs)
  console.log('  (the web build is older than packages/web/src: `npm run build` for a current size)');

log(
  'First visit on a slow phone: Today and /signin in Chromium at 4x CPU, 1.6 Mbps / 150 ms (BENCH_FIRST_LOAD_RUNS, default 3)…',
);
const { benchFirstLoad, printFirstLoad } = await import('./first-load.mjs');
const firstLoad = existsSync(webIndex) ? await benchFirstLoad() : undefined;
if (firstLoad) printFirstLoad(firstLoad);
else console.log('First visit: not measured (no web build: `npm run build`).');

saveResults({ rows, hotPath, appleHealth, restore, firstLoad });
