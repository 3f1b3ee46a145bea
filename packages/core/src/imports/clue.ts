import { notThisExport } from './app-files.js';
import type { DayFlow } from './apple-periods.js';
import { type DayRecords, dayRecords, isoDay, type NormalizedImport } from './day-records.js';
import { symptomKeyOf } from './symptom-names.js';

/**
 * Clue's export. `measurements.json`: an array of `{date, type, value}` where `value` is an object for
 * single choices (`period`: `{option: light|medium|heavy|very_heavy}`) and an array of `{option}` for
 * several (`pain`: `lower_back`, `headache`, `period_cramps`…). The older `.cluedata`:
 * `{"data":[{"day", "period", "pain": [...], …}]}`.
 */
const flows: Record<string, DayFlow> = {
  light: 'light',
  medium: 'medium',
  heavy: 'heavy',
  very_heavy: 'heavy',
  spotting: 'spotting',
};
const CLUE_PAIN: Record<string, string> = {
  lower_back: 'lower back',
  period_cramps: 'cramps',
  cramps: 'cramps',
  breast_tenderness: 'breast',
  tender_breasts: 'breast',
};
const energyTired = new Set(['tired', 'exhausted']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The options of a value: `{option}`, `[{option}…]`, a string or an array of strings. */
function optionsOf(value: unknown): string[] {
  const one = (v: unknown) =>
    typeof v === 'string' ? v : isObj(v) && typeof v.option === 'string' ? v.option : undefined;
  const list = Array.isArray(value) ? value.map(one) : [one(value)];
  return list.filter((o): o is string => o !== undefined);
}

function addPain(days: DayRecords, date: string, options: readonly string[]) {
  for (const option of options) {
    if (option === 'pain_free') continue;
    const key = symptomKeyOf(CLUE_PAIN[option] ?? option.replace(/_/g, ' '));
    if (key && key !== 'hotFlushes') days.metric(date, `symptom:${key}`, 1, 'max');
    else days.leaveOut(`Pain "${option}"`, 'Spinekind keeps no such symptom yet');
  }
}

function addEntry(days: DayRecords, index: number, date: string | undefined, type: string, value: unknown) {
  if (!date) return days.error(index, 'The entry has no date like 2024-03-21.');
  if (type === 'period' || type === 'spotting') {
    const option = type === 'spotting' ? 'spotting' : optionsOf(value)[0];
    const flow = option ? flows[option] : undefined;
    if (!flow)
      return days.error(index, `Period "${option ?? ''}" is not light, medium, heavy or very heavy.`);
    return days.flow(date, flow);
  }
  if (type === 'pain') return addPain(days, date, optionsOf(value));
  if (type === 'sleep_duration' || type === 'sleep') {
    const hours =
      typeof value === 'number' ? value : isObj(value) ? Number(value.value ?? value.hours) : Number.NaN;
    if (hours >= 0 && hours <= 24) return days.metric(date, 'sleepHours', hours, 'max');
    return days.leaveOut('Sleep given as a range (like 6–9 hours)', 'a range is not a number of hours');
  }
  if (type === 'energy') {
    if (optionsOf(value).some((o) => energyTired.has(o)))
      return days.metric(date, 'symptom:fatigue', 1, 'max');
    return days.leaveOut(
      'Energy entries other than tired or exhausted',
      'Spinekind has no energy scale to put them on',
    );
  }
  days.leaveOut(`"${type}" entries`, 'not something Spinekind keeps');
}

/** Clue's `measurements.json` or `.cluedata` (already parsed JSON) → daily records. */
export function clueImport(json: unknown): NormalizedImport {
  const days = dayRecords();
  if (Array.isArray(json)) {
    if (json.length && !json.some((e) => isObj(e) && 'type' in e && 'date' in e))
      throw notThisExport('Clue', 'measurements.json is a list of {date, type, value}');
    for (const [i, e] of json.entries()) {
      if (!isObj(e) || typeof e.type !== 'string') days.error(i + 1, 'The entry has no type.');
      else addEntry(days, i + 1, isoDay(e.date as string), e.type, e.value);
    }
    return days.finish();
  }
  if (isObj(json) && Array.isArray(json.data)) {
    for (const [i, d] of json.data.entries()) {
      const date = isObj(d) ? isoDay(d.day as string) : undefined;
      if (!isObj(d) || !date) {
        days.error(i + 1, 'The day has no date like 2024-03-21.');
        continue;
      }
      for (const [type, value] of Object.entries(d))
        if (type !== 'day' && value !== null && value !== undefined) addEntry(days, i + 1, date, type, value);
    }
    return days.finish();
  }
  throw notThisExport('Clue', 'measurements.json or a .cluedata file');
}
