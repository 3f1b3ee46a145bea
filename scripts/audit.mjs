// `npm run audit`: Lighthouse (mobile defaults: a mid-range phone on a slow 4G, simulated) against the built
// app served by the real server, on /signin and, signed in as a user with 30 days of check-ins, Today,
// History, Insights and Move. Median of 3 runs per page, printed as a table with the audits that fell short.
//   --runs N   runs per page (default 3)
//   --save DIR every report as JSON in DIR (open one in https://googlechrome.github.io/lighthouse/viewer/
//              offline, or read its audits: which requests, which long tasks)
//   --only P   only the page named P (/signin, Today, History, Insights, Move)
//   --gate     one run per page of the categories that do not depend on timing (accessibility, best
//              practices, SEO), exit 1 when one misses its target: the step `npm test` runs after the build.
// Performance is printed, never asserted: it depends on how busy the machine is.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { onSupportedNode } from './node-runtime.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    gate: { type: 'boolean', default: false },
    save: { type: 'string' },
    only: { type: 'string' },
  },
});

const pages = [
  { name: '/signin', path: '/signin', signedIn: false },
  { name: 'Today', path: '/', signedIn: true },
  { name: 'History', path: '/history', signedIn: true },
  { name: 'Insights', path: '/insights', signedIn: true },
  { name: 'Move', path: '/move', signedIn: true },
];
/** Lowest acceptable scores; SEO only on public pages (signed-in screens are not for search engines). */
const targets = { accessibility: 1, 'best-practices': 0.96, seo: 0.95 };
const timeless = Object.keys(targets);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Audits of the timeless categories that did not pass, as `category: audit id`. */
function shortfalls(lhr) {
  const out = [];
  for (const id of timeless) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1)
        out.push(`${id}: ${ref.id} (${audit.title})`);
    }
  }
  const console = lhr.audits['errors-in-console']?.details?.items ?? [];
  for (const item of console) out.push(`  console: ${String(item.description).slice(0, 160)}`);
  return out;
}

const storageTypes = [
  'cookies',
  'file_systems',
  'indexeddb',
  'local_storage',
  'shader_cache',
  'service_workers',
  'cache_storage',
];

/**
 * Lighthouse's own failures to record a page load (`NO_NAVSTART`, `NO_FCP` from a trace it lost): the run
 * says nothing about the page, so it is run again, up to twice. Any other runtime error is the page's.
 */
const RETRIED = new Set(['NO_NAVSTART', 'NO_FCP', 'NO_TRACING_STARTED']);

/** One Lighthouse run of `url` in the already running Chromium on `port`, again if Lighthouse lost it. */
async function audit(lighthouse, port, url, cookie, gate, tries = 3) {
  try {
    return await auditOnce(lighthouse, port, url, cookie, gate);
  } catch (err) {
    if (tries <= 1 || !RETRIED.has(err.code)) throw err;
    console.warn(`Lighthouse lost the trace of ${url} (${err.code}); running it again.`);
    return audit(lighthouse, port, url, cookie, gate, tries - 1);
  }
}

async function auditOnce(lighthouse, port, url, cookie, gate) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: gate ? timeless : undefined,
    extraHeaders: cookie ? { Cookie: cookie } : undefined,
    // Every run is a first visit on this device: Lighthouse keeps IndexedDB and localStorage by default,
    // and the app's on-device database would make a later run of the same browser look faster.
    clearStorageTypes: [...storageTypes],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError)
    throw Object.assign(new Error(`${url}: ${result.lhr.runtimeError.message}`), {
      code: result.lhr.runtimeError.code,
    });
  return result.lhr;
}

function summarise(lhrs) {
  const score = (id) => {
    const xs = lhrs.map((l) => l.categories[id]?.score).filter((x) => typeof x === 'number');
    return xs.length ? median(xs) : undefined;
  };
  const metric = (id) => {
    const xs = lhrs.map((l) => l.audits[id]?.numericValue).filter((x) => typeof x === 'number');
    return xs.length ? median(xs) : undefined;
  };
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    bytes: metric('total-byte-weight'),
    shortfalls: [...new Set(lhrs.flatMap(shortfalls))],
    warnings: [...new Set(lhrs.flatMap((l) => l.runWarnings ?? []))],
  };
}

function printTable(rows) {
  const f = (x, digits = 2) => (x === undefined ? '–' : x.toFixed(digits));
  console.log(
    '\n| page | performance | accessibility | best practices | SEO | LCP s | TBT ms | CLS | transferred KB |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const s = r.summary;
    const cells = [
      f(s.performance),
      f(s.accessibility),
      f(s['best-practices']),
      f(s.seo),
      s.lcp === undefined ? '–' : f(s.lcp / 1000, 1),
      f(s.tbt, 0),
      f(s.cls, 3),
      s.bytes === undefined ? '–' : f(s.bytes / 1024, 0),
    ];
    console.log(`| ${r.name} | ${cells.join(' | ')} |`);
  }
  for (const r of rows) {
    const lines = [...r.summary.shortfalls, ...r.summary.warnings.map((w) => `warning: ${w}`)];
    if (lines.length) console.log(`\n${r.name}:\n  ${lines.join('\n  ')}`);
  }
}

/** Targets missed, one line each (SEO on public pages only). */
function misses(rows) {
  const out = [];
  for (const r of rows) {
    for (const [id, min] of Object.entries(targets)) {
      if (id === 'seo' && r.signedIn) continue;
      const got = r.summary[id];
      if (got === undefined || got < min) out.push(`${r.name}: ${id} ${got ?? 'missing'} < ${min}`);
    }
  }
  return out;
}

onSupportedNode(async () => {
  const { buildIfStale, ensureInstalled, log } = await import('./lib.mjs');
  ensureInstalled();
  buildIfStale();
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const { seedUser, startServer } = await import('./audit-server.mjs');
  const runs = values.gate ? 1 : Math.max(1, Number(values.runs) || 3);
  const started = Date.now();
  const since = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  const server = await startServer();
  // One browser for every run: each starts with the site's storage cleared (`storageTypes`).
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
  });
  let failed = false;
  try {
    log(`Lighthouse: seeding a user on ${server.base} (server up at ${since()})`);
    const cookie = await seedUser(server.base);
    const rows = [];
    for (const p of pages.filter((x) => !values.only || x.name === values.only)) {
      const lhrs = [];
      for (let i = 0; i < runs; i++) {
        log(`Lighthouse ${p.name} (${i + 1}/${runs}), at ${since()}`);
        const url = server.base + p.path;
        const lhr = await audit(lighthouse, chrome.port, url, p.signedIn ? cookie : undefined, values.gate);
        if (values.save) {
          mkdirSync(values.save, { recursive: true });
          writeFileSync(
            join(values.save, `${p.name.replace(/\W/g, '') || 'page'}-${i + 1}.json`),
            JSON.stringify(lhr),
          );
        }
        lhrs.push(lhr);
      }
      rows.push({ ...p, summary: summarise(lhrs) });
    }
    log(`Lighthouse done at ${since()}`);
    printTable(rows);
    const missed = misses(rows);
    if (missed.length) console.log(`\nTargets missed:\n  ${missed.join('\n  ')}`);
    else console.log('\nAccessibility, best practices and SEO targets met.');
    failed = values.gate && missed.length > 0;
  } finally {
    chrome.kill();
    await server.stop();
  }
  process.exit(failed ? 1 : 0);
});
