// Full insights (`insightsReport`: daily series, 40 drivers × 2 lags with BH, trend, two treatments, pain by
// cycle phase, cycle day and STRAW+10 stage) for one synthetic user over 1, 5 and 10 years, from the built core (`npx tsc -b packages/core` first). Prints the median of
// several runs and the 10y/5y ratio; targets: 5 years under 100 ms, 10y/5y ≤ 2.2 (close to linear).
import { pathToFileURL } from 'node:url';
import { insightsReport, mulberry32, simulateCheckins } from '../packages/core/dist/insights/index.js';

const FROM = '2016-01-01';
// 15 check-in fields + 8 foods + 10 custom trackers + 2 treatments (on/off) + 5 cycle phases = 40 drivers.
const CUSTOM_TRACKERS = 10;
const RUNS = Number(process.env.BENCH_INSIGHTS_RUNS ?? 15);

const addDays = (date, n) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

function caseFor(years) {
  const days = Math.round(years * 365.25);
  const checkins = simulateCheckins({
    rng: mulberry32(years),
    from: FROM,
    days,
    sleepEffect: -0.8,
    customTrackers: CUSTOM_TRACKERS,
  });
  const treatments = [
    { id: 'physio', name: 'physio', startDate: addDays(FROM, Math.floor(days / 3)), endDate: null },
    {
      id: 'massage',
      name: 'massage',
      startDate: addDays(FROM, Math.floor(days / 2)),
      endDate: addDays(FROM, Math.floor((3 * days) / 4)),
    },
  ];
  // A 5-day period every 28 days: phases become drivers, and the stage is estimated every 14 days.
  const periods = Array.from({ length: Math.floor(days / 28) }, (_, i) => ({
    startDate: addDays(FROM, i * 28),
    endDate: addDays(FROM, i * 28 + 4),
  }));
  return { years, input: { checkins, from: FROM, to: addDays(FROM, days - 1), treatments, periods } };
}

/**
 * Runs every case; returns rows of { years, days, drivers, ms, min } and the 10y/5y ratio. The cases take
 * turns within each round, so a burst of load from other processes lands on all of them alike.
 */
export function benchInsights() {
  const cases = [1, 5, 10].map(caseFor);
  // Warm-up runs let V8 optimise the hot loops before we time them.
  for (let i = 0; i < 3; i++) for (const c of cases) insightsReport(c.input);
  const times = cases.map(() => []);
  for (let i = 0; i < RUNS; i++)
    cases.forEach((c, k) => {
      const start = performance.now();
      insightsReport(c.input);
      times[k].push(performance.now() - start);
    });
  const rows = cases.map((c, k) => {
    const result = insightsReport(c.input);
    const drivers = new Set(result.drivers.map((d) => d.driver)).size;
    return { years: c.years, days: result.days, drivers, ms: median(times[k]), min: Math.min(...times[k]) };
  });
  const ms = (y) => rows.find((r) => r.years === y).ms;
  return { rows, ratio: ms(10) / ms(5) };
}

export function printInsights({ rows, ratio }) {
  console.log(`\ninsights (median of ${RUNS} runs after 3 warm-ups)`);
  for (const r of rows)
    console.log(
      `  ${String(r.years).padStart(2)} years: ${r.ms.toFixed(1).padStart(6)} ms (min ${r.min.toFixed(1)}; ` +
        `${r.days} days logged, ${r.drivers} drivers)`,
    );
  const five = rows.find((r) => r.years === 5).ms;
  console.log(`  5 years ${five < 100 ? 'under' : 'OVER'} the 100 ms target`);
  console.log(`  10y/5y ratio: ${ratio.toFixed(2)} (target ≤ 2.2${ratio <= 2.2 ? '' : ', MISSED'})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printInsights(benchInsights());
