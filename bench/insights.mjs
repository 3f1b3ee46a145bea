// Full insights (`insightsReport`: daily series, 40 drivers × 2 lags with BH, trend, two treatments, pain by
// cycle phase, cycle day and STRAW+10 stage) for one synthetic user over 1, 5 and 10 years, from the built core (`npx tsc -b packages/core` first). Prints the median of
// several runs and the 10y/5y ratio, beside a baseline loop over the same check-ins timed in the same rounds
// (issue #23 point 5): targets 5 years ≤ 20 ms median, 10y/5y ≤ 2.1 (close to linear).
import { pathToFileURL } from 'node:url';
import { insightsReport, mulberry32, simulateCheckins } from '../packages/core/dist/insights/index.js';

const FROM = '2016-01-01';
// 15 check-in fields + 8 foods + 10 custom trackers + 2 treatments (on/off) + 5 cycle phases = 40 drivers.
const CUSTOM_TRACKERS = 10;
const RUNS = Number(process.env.BENCH_INSIGHTS_RUNS ?? 15);
/** Issue #23 point 5. */
export const INSIGHTS_TARGETS = { fiveYearsMs: 20, tenOverFive: 2.1 };
/** Passes of the baseline: 40 drivers at lags 0 and 1, as the report's regressions. */
const BASELINE_PASSES = 80;

const addDays = (date, n) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Women per case, taken in turn: a message or date seen in one report is not all of the next one's. */
const WOMEN = 8;

function caseFor(years, woman) {
  const days = Math.round(years * 365.25);
  const checkins = simulateCheckins({
    rng: mulberry32(years * 1000 + woman),
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
  return { checkins, from: FROM, to: addDays(FROM, days - 1), treatments, periods };
}

/**
 * The least a report over these check-ins must do: for each of 80 driver × lag passes, one walk over the
 * same array collecting the sums a simple regression of pain on one field needs (n, Σx, Σy, Σxy, Σx²),
 * the fields taken in turn from the numeric ones the check-ins hold. No dates, no statistics beyond that.
 */
function baselineLoop(checkins, fields) {
  let total = 0;
  for (let pass = 0; pass < BASELINE_PASSES; pass++) {
    const field = fields[pass % fields.length];
    const lag = pass % 2;
    let n = 0;
    let sx = 0;
    let sy = 0;
    let sxy = 0;
    let sxx = 0;
    for (let i = lag; i < checkins.length; i++) {
      const x = checkins[i - lag][field];
      const y = checkins[i].pain;
      if (typeof x !== 'number' || typeof y !== 'number') continue;
      n += 1;
      sx += x;
      sy += y;
      sxy += x * y;
      sxx += x * x;
    }
    total += n ? (n * sxy - sx * sy) / (n * sxx - sx * sx || 1) : 0;
  }
  return total;
}

const numericFields = (checkins) =>
  Object.keys(checkins[0]).filter((k) => k !== 'pain' && checkins.some((c) => typeof c[k] === 'number'));

/**
 * Runs every case; returns rows of { years, days, drivers, ms, min } and the 10y/5y ratio. The cases take
 * turns within each round, so a burst of load from other processes lands on all of them alike.
 */
export function benchInsights() {
  const cases = [1, 5, 10].map((years) => ({
    years,
    inputs: Array.from({ length: WOMEN }, (_, woman) => caseFor(years, woman)),
  }));
  const fields = numericFields(cases[0].inputs[0].checkins);
  let sink = 0;
  // Warm-up runs let V8 optimise the hot loops before we time them.
  for (let i = 0; i < 3; i++)
    for (const c of cases) {
      insightsReport(c.inputs[i]);
      sink += baselineLoop(c.inputs[i].checkins, fields);
    }
  const times = cases.map(() => []);
  const baseTimes = cases.map(() => []);
  for (let i = 0; i < RUNS; i++)
    cases.forEach((c, k) => {
      const input = c.inputs[(i + 3) % WOMEN];
      let start = performance.now();
      insightsReport(input);
      times[k].push(performance.now() - start);
      start = performance.now();
      sink += baselineLoop(input.checkins, fields);
      baseTimes[k].push(performance.now() - start);
    });
  if (Number.isNaN(sink)) console.log('(baseline sink)');
  const rows = cases.map((c, k) => {
    const result = insightsReport(c.inputs[0]);
    const drivers = new Set(result.drivers.map((d) => d.driver)).size;
    const ms = median(times[k]);
    const baselineMs = median(baseTimes[k]);
    return {
      years: c.years,
      days: result.days,
      drivers,
      ms,
      min: Math.min(...times[k]),
      baselineMs,
      overBaseline: ms / baselineMs,
    };
  });
  const ms = (y) => rows.find((r) => r.years === y).ms;
  return { rows, ratio: ms(10) / ms(5) };
}

export function printInsights({ rows, ratio }) {
  console.log(`\ninsights (median of ${RUNS} runs after 3 warm-ups)`);
  for (const r of rows)
    console.log(
      `  ${String(r.years).padStart(2)} years: ${r.ms.toFixed(1).padStart(6)} ms (min ${r.min.toFixed(1)}; ` +
        `${r.days} days logged, ${r.drivers} drivers); baseline loop ${r.baselineMs.toFixed(2)} ms, ` +
        `report = ${r.overBaseline.toFixed(0)}× baseline`,
    );
  const five = rows.find((r) => r.years === 5).ms;
  const { fiveYearsMs, tenOverFive } = INSIGHTS_TARGETS;
  console.log(
    `  5 years: ${five.toFixed(1)} ms, target ≤ ${fiveYearsMs} ms ${five <= fiveYearsMs ? 'met' : 'NOT MET'}`,
  );
  console.log(
    `  10y/5y ratio: ${ratio.toFixed(2)}, target ≤ ${tenOverFive} ${ratio <= tenOverFive ? 'met' : 'NOT MET'}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printInsights(benchInsights());
