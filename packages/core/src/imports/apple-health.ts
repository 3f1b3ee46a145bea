import { addDays } from '../cycle/days.js';
import { dateOfDay, dayOfWallMs, parseAppleDate } from './apple-dates.js';
import {
  asleepValues,
  flowValues,
  HK,
  lengthUnits,
  lookup,
  mappedAppleTypes,
  massUnits,
  symptomLevels,
  symptomTypes,
} from './apple-health-types.js';
import { type DayFlow, type ImportedPeriod, periodsFromFlowDays, strongerFlow } from './apple-periods.js';
import type { DailyMetricName } from './daily-metrics.js';
import { addInterval, type Interval, totalMs } from './intervals.js';

/** The attributes of one `<Record>` element of `export.xml` (others are ignored). */
export interface AppleRecord {
  type?: string;
  value?: string;
  unit?: string;
  sourceName?: string;
  startDate?: string;
  endDate?: string;
}

export interface AppleHealthResult {
  /** One value per day and metric, ready to store. */
  metrics: { localDate: string; metric: DailyMetricName; value: number }[];
  periods: ImportedPeriod[];
  /** Records that added to what was stored, by HealthKit type. */
  imported: Record<string, number>;
  /** Entries not brought in: types we do not map, invalid values, in-bed/awake sleep, flow outside a period. */
  skipped: number;
}

const HOUR = 3_600_000;
// Sleep ending from 18:00 belongs to the next morning, so a night split at midnight stays one night.
const WAKE_DAY_SHIFT = 6 * HOUR;
const MAX_SLEEP_RECORD = 24 * HOUR;
function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
/**
 * A copy of a string that holds no reference to the text it was cut from (V8 keeps sliced and
 * concatenated strings pointing at their source; `join` builds a fresh flat one).
 */
const flat = (s: string) => s.split('').join('');
// Mapped type names as literals of this module, so counts are keyed by them and not by file text.
const canonicalType = new Map(mappedAppleTypes.map((t) => [t, t]));
const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/**
 * Turns Apple Health records into daily values, streaming: memory grows with the number of days, not
 * records. Call `add` for each top-level `<Record>`, `skip` for every other top-level entry, then `finish`.
 */
export function appleHealthImport() {
  const imported: Record<string, number> = {};
  let skipped = 0;
  // Steps: per day and source; the day's count is the source with most steps, so iPhone and Watch
  // counting the same walk are not added together (Apple's own app de-duplicates the same way in spirit).
  // Every map is keyed by day number (see `AppleDate.day`) or a small id, never by a string from the file.
  const steps = new Map<number, Map<number, number>>();
  const sources = new Map<string, number>();
  const sourceId = (name = '') => {
    let id = sources.get(name);
    if (id === undefined) {
      id = sources.size;
      sources.set(flat(name), id);
    }
    return id;
  };
  const sleep = new Map<number, Interval[]>();
  const latest = {
    weightKg: new Map<number, [number, number]>(),
    waistCm: new Map<number, [number, number]>(),
  };
  const hotFlushes = new Map<number, number>();
  const symptoms = new Map<string, Map<number, number>>();
  const flowDays = new Map<number, DayFlow>();
  // Flow and spotting records per day, counted as imported only if the day ends up in a period.
  const flowRecords = new Map<number, { flow: number; spotting: number }>();
  const count = (type: string) => {
    const known = canonicalType.get(type) ?? flat(type);
    imported[known] = (imported[known] ?? 0) + 1;
  };

  function measurement(r: AppleRecord, metric: 'weightKg' | 'waistCm', min: number, max: number): boolean {
    const factor = lookup(metric === 'weightKg' ? massUnits : lengthUnits, r.unit);
    const at = parseAppleDate(r.startDate);
    const value = Number(r.value) * (factor ?? Number.NaN);
    if (!at || !(value >= min && value <= max)) return false;
    const seen = latest[metric].get(at.day);
    if (!seen || seen[0] <= at.epochMs) latest[metric].set(at.day, [at.epochMs, value]);
    return true;
  }

  function addRecord(r: AppleRecord): boolean {
    const type = r.type ?? '';
    if (type === HK.steps) {
      const at = parseAppleDate(r.startDate);
      const n = Number(r.value);
      if (!at || !(n >= 0 && n <= 200_000)) return false;
      const bySource = entry(steps, at.day, () => new Map<number, number>());
      const source = sourceId(r.sourceName);
      bySource.set(source, (bySource.get(source) ?? 0) + n);
      return true;
    }
    if (type === HK.sleep) {
      if (!asleepValues.has(r.value ?? '')) return false;
      const start = parseAppleDate(r.startDate);
      const end = parseAppleDate(r.endDate);
      if (!start || !end || end.epochMs <= start.epochMs || end.epochMs - start.epochMs > MAX_SLEEP_RECORD)
        return false;
      const day = dayOfWallMs(end.wallMs + WAKE_DAY_SHIFT);
      addInterval(
        entry(sleep, day, () => []),
        start.epochMs,
        end.epochMs,
      );
      return true;
    }
    if (type === HK.bodyMass) return measurement(r, 'weightKg', 20, 400);
    if (type === HK.waist) return measurement(r, 'waistCm', 30, 300);
    if (type === HK.menstrualFlow || type === HK.spotting) {
      const at = parseAppleDate(r.startDate);
      const flow = type === HK.spotting ? 'spotting' : lookup(flowValues, r.value);
      if (!at || !flow || flow === 'none') return false;
      const day = flowDays.get(at.day);
      flowDays.set(at.day, day ? strongerFlow(day, flow) : flow);
      const n = entry(flowRecords, at.day, () => ({ flow: 0, spotting: 0 }));
      n[type === HK.spotting ? 'spotting' : 'flow']++;
      return true;
    }
    // Most records in a real export are types we skip (heart rate, energy): decide that before any parsing.
    const key = lookup<string>(symptomTypes, type);
    if (!key && type !== HK.hotFlashes) return false;
    const level = lookup(symptomLevels, r.value);
    const at = parseAppleDate(r.startDate);
    if (level === undefined || !at) return false;
    if (!key) {
      if (level > 0) hotFlushes.set(at.day, (hotFlushes.get(at.day) ?? 0) + 1);
      else if (!hotFlushes.has(at.day)) hotFlushes.set(at.day, 0);
      return true;
    }
    const byDay = entry(symptoms, key, () => new Map<number, number>());
    byDay.set(at.day, Math.max(level, byDay.get(at.day) ?? 0));
    return true;
  }

  return {
    /** One top-level `<Record>`. */
    add(r: AppleRecord): void {
      if (!addRecord(r)) skipped++;
      else if (r.type !== HK.menstrualFlow && r.type !== HK.spotting) count(r.type as string);
    },
    /** A top-level entry we do not bring in (Workout, ActivitySummary, Correlation…). */
    skip(): void {
      skipped++;
    },
    finish(): AppleHealthResult {
      const metrics: AppleHealthResult['metrics'] = [];
      const push = (day: number, metric: DailyMetricName, value: number) =>
        metrics.push({ localDate: dateOfDay(day), metric, value });
      for (const [day, bySource] of steps) push(day, 'steps', Math.max(...bySource.values()));
      for (const [day, list] of sleep) push(day, 'sleepHours', round(totalMs(list) / HOUR, 3));
      for (const metric of ['weightKg', 'waistCm'] as const)
        for (const [day, [, value]] of latest[metric]) push(day, metric, round(value, 2));
      for (const [day, value] of hotFlushes) push(day, 'hotFlushes', value);
      for (const [key, byDay] of symptoms)
        for (const [day, value] of byDay) push(day, `symptom:${key}` as DailyMetricName, value);
      metrics.sort((a, b) =>
        a.localDate === b.localDate ? (a.metric < b.metric ? -1 : 1) : a.localDate < b.localDate ? -1 : 1,
      );

      const periods = periodsFromFlowDays(new Map([...flowDays].map(([day, f]) => [dateOfDay(day), f])));
      const inPeriod = new Set<string>();
      for (const p of periods) for (let d = p.startDate; d <= p.endDate; d = addDays(d, 1)) inPeriod.add(d);
      let outside = 0;
      for (const [day, n] of flowRecords) {
        if (!inPeriod.has(dateOfDay(day))) outside += n.flow + n.spotting;
        else
          for (const [kind, type] of [
            ['flow', HK.menstrualFlow],
            ['spotting', HK.spotting],
          ] as const)
            if (n[kind]) imported[type] = (imported[type] ?? 0) + n[kind];
      }
      return { metrics, periods, imported, skipped: skipped + outside };
    },
  };
}
