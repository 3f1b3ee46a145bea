// Shared helpers for benchmarks: autocannon runs and a results table with ratios.
import autocannon from 'autocannon';

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
  console.log(`\n${pad('case', 46)}${pad('req/s', 9)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}ratio`);
  for (const r of rows) {
    const ratio = r.baseline
      ? `${(r.rps / r.baseline.rps).toFixed(2)}× of ${r.baseline.title.replace(/^\w+: /, '')}`
      : '(baseline)';
    console.log(`${pad(r.title, 46)}${pad(r.rps.toFixed(0), 9)}${pad(r.p50, 8)}${pad(r.p99, 8)}${ratio}`);
  }
}
