// Apple Health import through the real HTTP route of a running app (PGlite), against a bare saxes parse
// of the same file in the same run. Prints records/s, the ratio, and the server's peak memory (VmHWM).
// Size: BENCH_APPLE_MB (default 1024). Run alone: `npx tsc -b packages/server && node bench/apple-health/index.mjs`.
import { once } from 'node:events';
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SaxesParser } from 'saxes';
import { mappedAppleTypes } from '../../packages/core/dist/index.js';
import { root } from '../../scripts/lib.mjs';
import { register, startServer, unregister } from '../server.mjs';
import { ensureExport } from './generate.mjs';

const MB = 2 ** 20;
const sizeMb = Number(process.env.BENCH_APPLE_MB ?? 1024);

/** The baseline: saxes over the file with nothing but a count of top-level records. */
async function bareParse(path) {
  const parser = new SaxesParser({ xmlns: false });
  let depth = 0;
  let records = 0;
  parser.on('opentag', (tag) => {
    if (depth === 1 && tag.name === 'Record') records++;
    depth++;
  });
  parser.on('closetag', () => depth--);
  const decoder = new TextDecoder('utf-8');
  const start = performance.now();
  for await (const chunk of createReadStream(path)) parser.write(decoder.decode(chunk, { stream: true }));
  parser.close();
  return { records, seconds: (performance.now() - start) / 1000 };
}

/** Memory of a process from /proc: current RSS and its high-water mark, in MB. */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

function upload(base, cookie, path, bytes) {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/api/v1/import/apple-health`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/xml', 'content-length': String(bytes) },
    });
    req.on('response', async (res) => {
      let body = '';
      for await (const chunk of res) body += chunk;
      if (res.statusCode !== 200) reject(new Error(`import: ${res.statusCode} ${body}`));
      else resolve(JSON.parse(body));
    });
    req.on('error', reject);
    createReadStream(path).pipe(req);
  });
}

/** One engine: the server is started once to create its database and the user, then again, so the
 * measured process is a reopened server (PGlite's first start, initdb, leaves ~2× the memory behind). */
async function importOnce(engine, path, file) {
  const dataDir = mkdtempSync(join(root, '.tmp', 'bench-apple-'));
  const port = 18_000 + Math.floor(Math.random() * 1000);
  const base = `http://127.0.0.1:${port}`;
  const env = { DATABASE_URL: engine === 'postgres' ? postgresUrl : '' };
  let server = await startServer(dataDir, port, env);
  try {
    const cookie = await register(base);
    server.kill('SIGTERM');
    await once(server, 'exit');
    server = await startServer(dataDir, port, env);
    const before = memoryOf(server.pid);
    let peakRss = before.rss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, memoryOf(server.pid).rss);
    }, 100);
    const start = performance.now();
    const answer = await upload(base, cookie, path, file.bytes);
    const seconds = (performance.now() - start) / 1000;
    clearInterval(sampler);
    const after = memoryOf(server.pid);
    const imported = Object.values(answer.imported).reduce((a, b) => a + b, 0);
    if (imported + answer.skipped !== file.records)
      throw new Error(`imported ${imported} + skipped ${answer.skipped} ≠ ${file.records} entries written`);
    await unregister(base, cookie);
    return {
      engine,
      days: answer.summary.days,
      seconds,
      perSecond: file.records / seconds,
      memory: { beforeMb: before.rss, peakSampledMb: peakRss, hwmMb: after.hwm },
    };
  } finally {
    server.kill('SIGTERM');
    await once(server, 'exit');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const postgresUrl = process.env.DATABASE_URL_BENCH ?? process.env.DATABASE_URL_TEST;

export async function benchAppleHealth() {
  const path = join(root, '.tmp', `apple-health-${sizeMb}mb.xml`);
  const file = await ensureExport(path, sizeMb * MB, mappedAppleTypes);
  const expected = file.records - file.days * 2;
  const bareRuns = [];
  const routes = [];
  // Bare parse before and after each import: the machine is shared, so both see the same load.
  for (const engine of postgresUrl ? ['pglite', 'postgres'] : ['pglite']) {
    const bare = await bareParse(path);
    if (bare.records !== expected)
      throw new Error(`bare parse found ${bare.records} records, not ${expected}`);
    bareRuns.push(bare.seconds);
    routes.push(await importOnce(engine, path, file));
  }
  bareRuns.push((await bareParse(path)).seconds);
  const bareSeconds = bareRuns.reduce((a, b) => a + b, 0) / bareRuns.length;
  return {
    mb: file.bytes / MB,
    entries: file.records,
    bare: { seconds: bareSeconds, perSecond: file.records / bareSeconds },
    routes,
  };
}

export function printAppleHealth(r) {
  const f = (n, d = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });
  const pad = (t, n) => String(t).padEnd(n);
  console.log(
    `\nApple Health import: ${f(r.mb)} MB export.xml, ${f(r.entries)} entries (Records, Workouts, summaries)`,
  );
  console.log(
    `${pad('case', 38)}${pad('seconds', 9)}${pad('entries/s', 11)}${pad('ratio', 14)}server RSS MB: idle → peak (VmHWM)`,
  );
  console.log(
    `${pad('bare saxes parse (mean of runs)', 38)}${pad(f(r.bare.seconds, 1), 9)}${pad(f(r.bare.perSecond), 11)}(baseline)`,
  );
  for (const x of r.routes)
    console.log(
      `${pad(`${x.engine}: POST /import/apple-health`, 38)}${pad(f(x.seconds, 1), 9)}${pad(f(x.perSecond), 11)}` +
        `${pad(`${(x.perSecond / r.bare.perSecond).toFixed(2)}× of bare`, 14)}${f(x.memory.beforeMb)} → ${f(x.memory.hwmMb)} (+${f(x.memory.hwmMb - x.memory.beforeMb)})`,
    );
  console.log('  target: the import adds little to an idle server and the whole process stays under 300 MB');
  if (!postgresUrl)
    console.log('  (PostgreSQL skipped: set DATABASE_URL_BENCH or DATABASE_URL_TEST to run it too)');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printAppleHealth(await benchAppleHealth());
