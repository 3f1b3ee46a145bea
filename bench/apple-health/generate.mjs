// Writes a large Apple-Health-style export.xml to disk, streamed (one day at a time, waiting for the
// disk when the write buffer is full), so generating 1 GB never holds more than a day in memory.
// Deterministic: the same size gives the same file, which is reused when it is already there.
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  activitySummaryXml,
  exportFooter,
  exportHeader,
  recordXml,
  workoutXml,
} from '../../packages/server/src/test/apple-health-fixtures.ts';

const pad = (n) => String(n).padStart(2, '0');
const dayAfter = (date, n) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const at = (date, minutes) => `${date} ${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}:00 +0000`;

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** One day of a busy export: what the phone and watch record, dominated (like real ones) by heart rate. */
function dayXml(date, index, random, counts) {
  const out = [];
  const add = (r) => {
    out.push(recordXml(r));
    counts.records++;
    if (counts.mapped.has(r.type)) counts.mappedRecords++;
  };
  for (let m = 7 * 60; m < 22 * 60; m += 15) {
    const n = String(Math.floor(random() * 400));
    add({ type: 'HKQuantityTypeIdentifierStepCount', value: n, unit: 'count', startDate: at(date, m) });
    add({
      type: 'HKQuantityTypeIdentifierStepCount',
      value: n,
      unit: 'count',
      startDate: at(date, m),
      sourceName: 'Jane’s Apple Watch',
    });
    add({
      type: 'HKQuantityTypeIdentifierActiveEnergyBurned',
      value: (random() * 9).toFixed(3),
      unit: 'kcal',
      startDate: at(date, m),
    });
  }
  for (let m = 0; m < 24 * 60; m += 5)
    add({
      type: 'HKQuantityTypeIdentifierHeartRate',
      value: String(55 + Math.floor(random() * 50)),
      unit: 'count/min',
      startDate: at(date, m),
      metadata: m % 60 === 0,
    });
  // The night that ends this morning: in bed, then asleep in stages with a short waking.
  const prev = dayAfter(date, -1);
  const sleep = (start, end, value) =>
    add({
      type: 'HKCategoryTypeIdentifierSleepAnalysis',
      value: `HKCategoryValueSleepAnalysis${value}`,
      startDate: start,
      endDate: end,
      sourceName: 'Jane’s Apple Watch',
    });
  sleep(at(prev, 22 * 60 + 30), at(date, 7 * 60), 'InBed');
  sleep(at(prev, 22 * 60 + 45), at(date, 0), 'AsleepCore');
  sleep(at(date, 0), at(date, 90), 'AsleepDeep');
  sleep(at(date, 90), at(date, 100), 'Awake');
  sleep(at(date, 100), at(date, 300), 'AsleepREM');
  sleep(at(date, 300), at(date, 6 * 60 + 40), 'AsleepCore');
  if (index % 7 === 0)
    add({
      type: 'HKQuantityTypeIdentifierBodyMass',
      value: (68 + random() * 4).toFixed(1),
      unit: 'kg',
      startDate: at(date, 7 * 60 + 5),
    });
  if (index % 30 === 0)
    add({
      type: 'HKQuantityTypeIdentifierWaistCircumference',
      value: (80 + random() * 3).toFixed(1),
      unit: 'cm',
      startDate: at(date, 7 * 60 + 6),
    });
  if (index % 28 < 5)
    add({
      type: 'HKCategoryTypeIdentifierMenstrualFlow',
      value: [
        'HKCategoryValueMenstrualFlowMedium',
        'HKCategoryValueMenstrualFlowHeavy',
        'HKCategoryValueMenstrualFlowLight',
      ][index % 3],
      startDate: at(date, 8 * 60),
    });
  for (let k = Math.floor(random() * 4); k > 0; k--)
    add({
      type: 'HKCategoryTypeIdentifierHotFlashes',
      value: 'HKCategoryValueSeverityMild',
      startDate: at(date, 9 * 60 + k * 97),
    });
  if (random() < 0.4)
    add({
      type: 'HKCategoryTypeIdentifierLowerBackPain',
      value: 'HKCategoryValueSeverityModerate',
      startDate: at(date, 12 * 60),
    });
  out.push(workoutXml(at(date, 18 * 60), at(date, 18 * 60 + 32)));
  out.push(activitySummaryXml(date));
  counts.records += 2;
  return out.join('');
}

/** Makes sure `path` holds an export of about `bytes` bytes; answers its record counts. */
export async function ensureExport(path, bytes, mappedTypes) {
  const counts = { records: 0, mappedRecords: 0, mapped: new Set(mappedTypes), days: 0 };
  const marker = `${path}.counts.json`;
  if (existsSync(path) && existsSync(marker)) {
    const saved = JSON.parse((await import('node:fs')).readFileSync(marker, 'utf8'));
    if (saved.bytes === statSync(path).size && saved.target === bytes) return saved;
  }
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.partial`;
  const out = createWriteStream(tmp);
  const random = rng(42);
  let written = 0;
  const write = async (text) => {
    written += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(exportHeader('2026-01-01 09:00:00 +0000'));
  for (let i = 0; written < bytes - exportFooter.length; i++) {
    await write(dayXml(dayAfter('1990-01-01', i), i, random, counts));
    counts.days++;
  }
  await write(exportFooter);
  out.end();
  await once(out, 'finish');
  renameSync(tmp, path);
  const saved = {
    target: bytes,
    bytes: statSync(path).size,
    records: counts.records,
    mappedRecords: counts.mappedRecords,
    days: counts.days,
  };
  (await import('node:fs')).writeFileSync(marker, JSON.stringify(saved));
  return saved;
}
