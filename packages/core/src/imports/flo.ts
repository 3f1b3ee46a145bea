import { daysBetween } from '../cycle/days.js';
import { PERIOD_MAX_DAYS } from '../cycle/schema.js';
import { notThisExport } from './app-files.js';
import { dayRecords, isoDay, type NormalizedImport } from './day-records.js';
import { symptomKeyOf } from './symptom-names.js';

/**
 * Flo's JSON export: `operationalData.cycles[]` with `period_start_date` / `period_end_date` (written
 * like `2018-10-22 00:00:00.0`: the date part is her day), `operationalData.point_events_manual_v2[]`
 * (`{date, local_date?, category, subcategory}`; symptoms are category `Symptom`, e.g. `Backache`), and
 * `operationalData.notes[]` (`{date, text}`).
 */
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Flo's export (already parsed JSON) → daily records: periods, symptom days and notes. */
export function floImport(json: unknown): NormalizedImport {
  const data = isObj(json) ? json.operationalData : undefined;
  if (!isObj(data) || !Array.isArray(data.cycles))
    throw notThisExport('Flo', 'its JSON holds operationalData with cycles');
  const days = dayRecords();
  for (const [i, c] of data.cycles.entries()) {
    const line = i + 1;
    if (!isObj(c)) {
      days.error(line, 'The cycle is not an object.');
      continue;
    }
    if (c.pregnant === true) {
      days.leaveOut('Pregnancy cycles', 'they are not menstrual cycles');
      continue;
    }
    const start = isoDay(c.period_start_date as string);
    // Flo writes an open period (still going) without an end: its start day is all we know.
    const end = c.period_end_date == null ? start : isoDay(c.period_end_date as string);
    if (!start || !end) days.error(line, `Cycle ${line} has no readable period start or end date.`);
    else if (end < start || daysBetween(start, end) >= PERIOD_MAX_DAYS)
      days.error(line, `Cycle ${line}: a period from ${start} to ${end} is not one Spinekind can keep.`);
    else days.period(start, end);
  }
  for (const [i, e] of list(data.point_events_manual_v2).entries()) {
    const date = isObj(e) ? isoDay((e.local_date ?? e.date) as string) : undefined;
    if (!isObj(e) || !date) {
      days.error(i + 1, `Event ${i + 1} has no readable date.`);
      continue;
    }
    const category = String(e.category ?? '');
    const sub = String(e.subcategory ?? '');
    const key = category === 'Symptom' ? symptomKeyOf(sub) : undefined;
    if (category !== 'Symptom')
      days.leaveOut(category ? `"${category}" events` : 'Other events', 'not something Spinekind keeps');
    else if (key === 'hotFlushes') days.metric(date, 'hotFlushes', 1, 'sum');
    else if (key) days.metric(date, `symptom:${key}`, 1, 'max');
    else days.leaveOut(`Symptom "${sub}"`, 'Spinekind keeps no such symptom yet');
  }
  for (const n of list(data.notes)) {
    const date = isObj(n) ? isoDay((n.local_date ?? n.date) as string) : undefined;
    if (date && isObj(n) && typeof n.text === 'string') days.note(date, n.text);
  }
  return days.finish();
}
