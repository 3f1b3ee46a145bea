import { notThisExport } from './app-files.js';
import type { DailyMetricName } from './daily-metrics.js';
import { dailyMetricNames } from './daily-metrics.js';
import { type DayRecords, dayRecords, isoDay, type NormalizedImport } from './day-records.js';
import { painScoreOf } from './fhir-pain.js';

/**
 * A FHIR R4 Bundle of Observations (Spinekind's own FHIR export, or another app's). LOINC codes with the
 * UCUM units each may carry; a value in another unit, or without a UCUM unit, is a row error, never guessed.
 * Pain scores (LOINC 72514-3) become check-ins at their time (`fhir-pain.ts`).
 */
const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const OWN_CODES = 'https://spinekind.org/fhir/CodeSystem/observation';
const PAIN_LOINC = '72514-3';

interface Mapping {
  metric: DailyMetricName;
  /** UCUM code → factor to our unit. */
  units: Record<string, number>;
  min: number;
  max: number;
  combine: 'max' | 'sum' | 'last';
}
const loincMetrics: Record<string, Mapping> = {
  // Sleep duration
  '93832-4': { metric: 'sleepHours', units: { h: 1, min: 1 / 60 }, min: 0, max: 24, combine: 'sum' },
  // Body weight
  '29463-7': {
    metric: 'weightKg',
    units: { kg: 1, g: 0.001, '[lb_av]': 0.45359237 },
    min: 20,
    max: 400,
    combine: 'last',
  },
  // Number of steps in 24 hours (41950-7) and in an unspecified time (55423-8)
  '41950-7': {
    metric: 'steps',
    units: { '/d': 1, '{steps}/d': 1, '{steps}': 1, '1': 1 },
    min: 0,
    max: 200_000,
    combine: 'max',
  },
  '55423-8': {
    metric: 'steps',
    units: { '/d': 1, '{steps}': 1, '{count}': 1, '1': 1 },
    min: 0,
    max: 200_000,
    combine: 'sum',
  },
};
const ownMetrics = new Set<string>(dailyMetricNames);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function codings(o: Obj): { system: string; code: string }[] {
  const code = isObj(o.code) && Array.isArray(o.code.coding) ? o.code.coding : [];
  return code.filter(isObj).map((c) => ({ system: String(c.system ?? ''), code: String(c.code ?? '') }));
}

function addObservation(days: DayRecords, line: number, o: Obj, fullUrl: unknown, now: Date) {
  if (o.status === 'entered-in-error' || o.status === 'cancelled')
    return days.leaveOut('Observations entered in error or cancelled', 'they were withdrawn');
  const codes = codings(o);
  const loinc = codes.find((c) => c.system === LOINC && (loincMetrics[c.code] || c.code === PAIN_LOINC));
  const own = codes.find((c) => c.system === OWN_CODES && ownMetrics.has(c.code));
  if (loinc?.code === PAIN_LOINC) {
    const score = painScoreOf(o, fullUrl, now);
    if ('key' in score) return days.painScore(line, score);
    if ('error' in score) return days.error(line, score.error);
    return days.leaveOut(score.leaveOut.what, score.leaveOut.why);
  }
  const mapping = loinc ? loincMetrics[loinc.code] : undefined;
  if (!mapping && !own) return days.leaveOut('Other observations', 'not something Spinekind keeps');
  const period = isObj(o.effectivePeriod) ? o.effectivePeriod : undefined;
  const date = isoDay((o.effectiveDateTime ?? period?.end ?? period?.start) as string);
  if (!date) return days.error(line, 'The observation has no effective date.');
  const q = isObj(o.valueQuantity) ? o.valueQuantity : undefined;
  const value = typeof q?.value === 'number' ? q.value : Number.NaN;
  if (!Number.isFinite(value)) return days.error(line, 'The observation has no number in valueQuantity.');
  if (own && !mapping) {
    // Our own export: the metric id is the code, in our own unit.
    const symptom = own.code.startsWith('symptom:');
    if (value < 0 || (symptom && !(Number.isInteger(value) && value <= 3)) || value > 1_000_000)
      return days.error(line, `${value} is out of range for ${own.code}.`);
    return days.metric(date, own.code as DailyMetricName, value, 'last');
  }
  const m = mapping as Mapping;
  const factor = q?.system === UCUM ? m.units[String(q.code)] : undefined;
  if (factor === undefined)
    return days.error(
      line,
      `The unit "${String(q?.code ?? q?.unit ?? '')}" is not a UCUM unit Spinekind reads for ${m.metric}.`,
    );
  const converted = value * factor;
  if (!(converted >= m.min && converted <= m.max))
    return days.error(line, `${value} ${String(q?.code)} is out of range for ${m.metric}.`);
  days.metric(date, m.metric, Math.round(converted * 100) / 100, m.combine);
}

/**
 * A FHIR R4 Bundle (already parsed JSON) → daily records (sleep, weight, steps, our own metrics) and pain
 * check-ins; `now` refuses pain scores recorded in the future.
 */
export function fhirImport(json: unknown, now: Date): NormalizedImport {
  if (!isObj(json) || json.resourceType !== 'Bundle' || !Array.isArray(json.entry))
    throw notThisExport('FHIR', 'a Bundle with entries');
  const days = dayRecords();
  for (const [i, e] of json.entry.entries()) {
    const resource = isObj(e) ? e.resource : undefined;
    if (!isObj(resource)) days.error(i + 1, 'The entry has no resource.');
    else if (resource.resourceType !== 'Observation')
      days.leaveOut(`"${String(resource.resourceType)}" resources`, 'only Observations are brought in');
    else addObservation(days, i + 1, resource, isObj(e) ? e.fullUrl : undefined, now);
  }
  return days.finish();
}
