// Costly work one user starts, measured by what another user sees: the real server as a child process
// (so its event loop is not ours), one user restoring a JSON backup of BENCH_RESTORE_CHECKINS check-ins
// (default 15,000), asking for 30 PDF reports at once, and uploading an Apple Health zip bomb, while
// probes ask `/health` and another user's small `GET /api/v1/checkins` one after the other. The
// baseline is the same probes with nothing else running, in the same run. Run alone:
// `npx tsc -b packages/server && node bench/restore.mjs` (DATABASE_URL_BENCH for PostgreSQL too).
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipBomb } from '../packages/server/src/test/apple-health-fixtures.ts';
import { root } from '../scripts/lib.mjs';
import { register, startServer, unregister } from './server.mjs';

const CHECKINS = Number(process.env.BENCH_RESTORE_CHECKINS ?? 15_000);
const BOMB_MB = Number(process.env.BENCH_BOMB_MB ?? 420);
const CSV_ROWS = 20_000;
const BASELINE_MS = 5000;
const postgresUrl = process.env.DATABASE_URL_BENCH ?? process.env.DATABASE_URL_TEST;
const MB = 2 ** 20;

const areas = ['neck', 'lower_back_centre', 'lower_back_left', 'hip_right', 'buttock_left'];
const foods = ['oily_fish', 'berries', 'alcohol', 'caffeine_after_noon'];

/** A backup like years of a real diary: two trackers and `n` check-ins, about four a day, ending yesterday. */
export function backupOf(n, now = Date.now()) {
  const stamp = new Date(now - 86_400_000).toISOString();
  const steps = { id: randomUUID(), name: 'Steps', kind: 'number', unit: null, min: 0, max: null };
  const heels = { id: randomUUID(), name: 'Heels', kind: 'boolean', unit: null, min: null, max: null };
  const trackers = [steps, heels].map((t) => ({
    ...t,
    archivedAt: null,
    createdAt: stamp,
    updatedAt: stamp,
  }));
  const start = now - Math.ceil(n / 4 + 2) * 86_400_000;
  const checkins = Array.from({ length: n }, (_, i) => {
    const at = new Date(start + Math.floor(i / 4) * 86_400_000 + (7 + (i % 4) * 4) * 3_600_000);
    const pain = (i * 7) % 11;
    return {
      id: randomUUID(),
      recordedAt: `${at.toISOString().slice(0, 19)}+01:00`,
      pain,
      painWorst: Math.min(10, pain + (i % 3)),
      bodyAreas: [areas[i % areas.length], areas[(i + 2) % areas.length]],
      stiffnessMinutes: (i * 13) % 90,
      sleepHours: 5 + (i % 8) / 2,
      sleepQuality: i % 11,
      nightPain: i % 5 === 0,
      nightWakings: i % 4,
      mood: (i * 3) % 11,
      stress: (i * 5) % 11,
      hotFlushes: i % 9,
      nightSweats: i % 6 === 0,
      bleeding: i % 28 < 4 ? 'light' : 'none',
      activityMinutes: (i * 17) % 120,
      sittingHours: 2 + (i % 9),
      waterGlasses: i % 10,
      foods: [foods[i % foods.length]],
      weightKg: i % 28 === 0 ? 68 + (i % 5) : null,
      waistCm: null,
      notes: i % 5 === 0 ? `Long day at the desk, walked at lunch (${i}).` : null,
      custom: { [steps.id]: 3000 + ((i * 97) % 9000), [heels.id]: i % 7 === 0 },
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
    };
  });
  return { format: 'spinekind-backup', version: 1, exportedAt: stamp, trackers, checkins };
}

/** Apple Health zip bomb: one repeated <Record> to `mb` MB of XML in one deflated entry. */
function bombOf(mb) {
  const bomb = zipBomb(mb);
  return { ...bomb, ratio: bomb.xmlBytes / bomb.zip.length };
}

/** Asks `path` again and again, one at a time, until stopped; answers every latency in ms. */
function probe(base, path, cookie) {
  const latencies = [];
  const statuses = new Map();
  let stopped = false;
  const done = (async () => {
    while (!stopped) {
      const start = performance.now();
      const res = await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} });
      await res.arrayBuffer();
      latencies.push(performance.now() - start);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await done;
      if ([...statuses.keys()].some((s) => s !== 200))
        throw new Error(`${path}: answers ${JSON.stringify([...statuses])}`);
      return summary(latencies);
    },
  };
}

function summary(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? Number.NaN };
}

/** Runs `work` while both probes run; answers its result, its seconds and the probes' latencies. */
async function during(base, cookieB, work) {
  const health = probe(base, '/health');
  const other = probe(base, '/api/v1/checkins?from=2026-01-01&to=2026-12-31', cookieB);
  const start = performance.now();
  const result = await work();
  const seconds = (performance.now() - start) / 1000;
  return { result, seconds, health: await health.stop(), other: await other.stop() };
}

const json = (cookie, body) => ({
  method: 'POST',
  headers: { cookie, 'content-type': 'application/json' },
  body,
});

async function restore(base, cookie, body) {
  const res = await fetch(`${base}/api/v1/import`, json(cookie, body));
  const answer = await res.json();
  if (res.status !== 200 || answer.imported?.checkins !== CHECKINS)
    throw new Error(`restore: ${res.status} ${JSON.stringify(answer).slice(0, 300)}`);
  return answer;
}

async function reports(base, cookie) {
  const answers = await Promise.all(
    Array.from({ length: 30 }, async () => {
      const res = await fetch(`${base}/api/v1/report.pdf`, { headers: { cookie } });
      const bytes = Buffer.from(await res.arrayBuffer());
      if (res.status === 200 && bytes.subarray(0, 5).toString() !== '%PDF-') throw new Error('not a PDF');
      return res.status;
    }),
  );
  return Object.fromEntries([200, 429].map((s) => [s, answers.filter((a) => a === s).length]));
}

/** The largest CSV an import takes (20,000 rows), four check-ins a day ending yesterday. */
export function csvOf(rows, now = Date.now()) {
  const start = now - Math.ceil(rows / 4 + 2) * 86_400_000;
  const lines = ['date,pain,sleep hours,notes'];
  for (let i = 0; i < rows; i++) {
    const at = new Date(start + Math.floor(i / 4) * 86_400_000 + (7 + (i % 4) * 4) * 3_600_000);
    lines.push(`${at.toISOString().slice(0, 16)},${(i * 7) % 11},${5 + (i % 8) / 2},"row ${i}, kept"`);
  }
  return lines.join('\n');
}

async function importCsv(base, cookie, csv) {
  const res = await fetch(
    `${base}/api/v1/import/csv?type=checkins`,
    json(cookie, JSON.stringify({ csv, dryRun: false, utcOffset: '+01:00' })),
  );
  const answer = await res.json();
  if (res.status !== 200) throw new Error(`csv: ${res.status} ${JSON.stringify(answer).slice(0, 300)}`);
  return answer.imported ?? answer;
}

async function uploadBomb(base, cookie, zip) {
  const res = await fetch(`${base}/api/v1/import/apple-health`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/zip' },
    body: zip,
  });
  const text = await res.text();
  return { status: res.status, body: text.slice(0, 200) };
}

async function benchEngine(engine, body, bomb, csv) {
  const dataDir = mkdtempSync(join(root, '.tmp', 'bench-restore-'));
  const port = 19_000 + Math.floor(Math.random() * 1000);
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer(dataDir, port, {
    DATABASE_URL: engine === 'postgres' ? postgresUrl : '',
    PUSH_JOB_INTERVAL_MS: '0',
  });
  const cookieA = await register(base, 'restorer');
  const cookieB = await register(base, 'other');
  const cookieC = await register(base, 'bomber');
  const cookieD = await register(base, 'csv');
  try {
    for (let i = 0; i < 20; i++) {
      const checkin = {
        id: randomUUID(),
        recordedAt: `2026-03-${10 + (i % 9)}T08:00:00+01:00`,
        pain: i % 11,
      };
      const res = await fetch(`${base}/api/v1/checkins`, json(cookieB, JSON.stringify(checkin)));
      if (res.status !== 201) throw new Error(`seed: ${res.status}`);
    }
    const idle = await during(base, cookieB, () => new Promise((r) => setTimeout(r, BASELINE_MS)));
    const restored = await during(base, cookieB, () => restore(base, cookieA, body));
    const exported = await fetch(`${base}/api/v1/export?format=json`, { headers: { cookie: cookieA } });
    const exportBytes = (await exported.arrayBuffer()).byteLength;
    const pdfs = await during(base, cookieB, () => reports(base, cookieA));
    const csvImported = await during(base, cookieB, () => importCsv(base, cookieD, csv));
    const bombed = await during(base, cookieB, () => uploadBomb(base, cookieC, bomb.zip));
    const metrics = await fetch(`${base}/api/v1/daily-metrics?from=2024-01-01&to=2024-01-02`, {
      headers: { cookie: cookieC },
    });
    const written = (await metrics.json()).items?.length ?? 0;
    return { engine, idle, restored, exportBytes, pdfs, csvImported, bombed, bombRowsWritten: written };
  } finally {
    for (const c of [cookieA, cookieB, cookieC, cookieD]) await unregister(base, c).catch(() => {});
    server.kill('SIGTERM');
    await once(server, 'exit');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchRestore() {
  const backup = backupOf(CHECKINS);
  const body = JSON.stringify(backup);
  const bomb = bombOf(BOMB_MB);
  const csv = csvOf(CSV_ROWS);
  const runs = [];
  for (const engine of postgresUrl ? ['pglite', 'postgres'] : ['pglite'])
    runs.push(await benchEngine(engine, body, bomb, csv));
  return {
    checkins: CHECKINS,
    backupBytes: Buffer.byteLength(body),
    csvRows: CSV_ROWS,
    csvBytes: Buffer.byteLength(csv),
    bomb: { ...bomb, zip: bomb.zip.length },
    runs,
  };
}

export function printRestore(r) {
  const f = (n, d = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });
  const pad = (t, n) => String(t).padEnd(n);
  console.log(
    `\nCostly work by one user, seen by another: backup of ${f(r.checkins)} check-ins = ${f(r.backupBytes / MB, 1)} MB JSON; ` +
      `CSV of ${f(r.csvRows)} rows = ${f(r.csvBytes / MB, 1)} MB; ` +
      `zip bomb ${f(r.bomb.zip / MB, 2)} MB → ${f(r.bomb.xmlBytes / MB)} MB XML (${f(r.bomb.ratio)}:1, ${f(r.bomb.records)} records)`,
  );
  console.log(
    `${pad('case', 44)}${pad('seconds', 9)}${pad('/health p50 / p99 / max ms', 30)}other user's GET p50 / p99 / max ms`,
  );
  const row = (title, x) => {
    const l = (s) => `${f(s.p50)} / ${f(s.p99)} / ${f(s.max)} (n=${s.n})`;
    console.log(`${pad(title, 44)}${pad(f(x.seconds, 1), 9)}${pad(l(x.health), 30)}${l(x.other)}`);
  };
  for (const x of r.runs) {
    row(`${x.engine}: nothing else running (baseline)`, x.idle);
    row(`${x.engine}: during the restore`, x.restored);
    row(`${x.engine}: during 30 parallel reports`, x.pdfs);
    row(`${x.engine}: during the CSV import`, x.csvImported);
    row(`${x.engine}: during the zip bomb upload`, x.bombed);
    const ratio = (s) => (s.p99 / x.idle.health.p99).toFixed(1);
    const csvCount =
      typeof x.csvImported.result === 'number' ? x.csvImported.result : JSON.stringify(x.csvImported.result);
    console.log(
      `  ${x.engine}: /health p99 ${ratio(x.restored.health)}× baseline during the restore, ${ratio(x.pdfs.health)}× during reports; ` +
        `reports ${JSON.stringify(x.pdfs.result)}; bomb answered ${x.bombed.result.status} after ${f(x.bombed.seconds, 1)} s ` +
        `(${x.bombed.result.body.slice(0, 80)}…), daily values written: ${x.bombRowsWritten}; ` +
        `export after the restore ${f(x.exportBytes / MB, 1)} MB; CSV rows imported: ${csvCount}`,
    );
  }
  console.log(
    "  target: /health and the other user's GET under 1 s at p99 throughout; bomb refused in under 5 s",
  );
  if (!postgresUrl)
    console.log('  (PostgreSQL skipped: set DATABASE_URL_BENCH or DATABASE_URL_TEST to run it too)');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printRestore(await benchRestore());
