// Shared helpers for benchmarks: autocannon runs and a results table with ratios.
import autocannon from 'autocannon';

export const seconds = Number(process.env.BENCH_SECONDS ?? 5);
export const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

/** Runs autocannon against one URL after a short warm-up; returns req/s and latency percentiles. */
export async function load(opts) {
  await autocannon({ ...opts, duration: 1, connections });
  const r = await autocannon({ ...opts, duration: seconds, connections });
  if (r.non2xx > 0 || r.errors > 0)
    throw new Error(`${opts.title}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
  return { title: opts.title, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

export function printTable(rows) {
  const pad = (s, n) => String(s).padEnd(n);
  console.log(`\n${pad('case', 44)}${pad('req/s', 10)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}ratio`);
  for (const r of rows) {
    const ratio = r.baseline
      ? `${(r.rps / r.baseline.rps).toFixed(2)}× of ${r.baseline.title}`
      : '(baseline)';
    console.log(`${pad(r.title, 44)}${pad(r.rps.toFixed(0), 10)}${pad(r.p50, 9)}${pad(r.p99, 9)}${ratio}`);
  }
}
