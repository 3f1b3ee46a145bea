import { cell, columnsOf, dayMonthNameYear, notThisExport } from './app-files.js';
import { massUnits } from './apple-health-types.js';
import { type DayRecords, dayRecords, isoDay, type NormalizedImport } from './day-records.js';
import { symptomKeyOf } from './symptom-names.js';

/**
 * Bearable's CSV export, one row per entry. Two header variants, told apart by their names:
 * `date,date formatted,weekday,time of day,category,rating/amount,detail,notes` (current; `date formatted`
 * is YYYY-MM-DD) and `date,weekday,time of day,category,rating/amount,detail,notes` (older; `date` like
 * `23rd Jul 2020`).
 */
const REQUIRED = ['date', 'category', 'rating/amount', 'detail'];

/** Bearable's severity words → our 0–3 scale (Unbearable and Extreme are the top of her scale: 3). */
const severities: Record<string, number> = {
  none: 0,
  mild: 1,
  moderate: 2,
  severe: 3,
  unbearable: 3,
  extreme: 3,
};

const DOSES_WHY = 'Spinekind keeps no medicines or doses from other apps';

/** `7:30` (H:MM) → 7.5 hours; undefined when not a duration within a day. */
function hoursOf(text: string): number | undefined {
  const m = /^(\d{1,2}):([0-5]\d)$/.exec(text);
  if (!m) return undefined;
  const hours = Number(m[1]) + Number(m[2]) / 60;
  return hours <= 24 ? hours : undefined;
}

/** `Back (lower) pain (Moderate)` → name `Back (lower) pain`, level 2. Without a severity word: present (1). */
function symptomOf(part: string): { name: string; level: number } {
  const m = /^(.*)\(([^()]+)\)\s*$/.exec(part);
  const level = m ? severities[(m[2] as string).trim().toLowerCase()] : undefined;
  if (m && level !== undefined) return { name: (m[1] as string).trim(), level };
  return { name: part.trim(), level: 1 };
}

function addSymptoms(days: DayRecords, date: string, detail: string) {
  for (const part of detail.split(' | ')) {
    if (!part.trim()) continue;
    const { name, level } = symptomOf(part);
    const key = symptomKeyOf(name);
    if (!key) days.leaveOut(`Symptom "${name}"`, 'Spinekind keeps no such symptom yet');
    else if (key === 'hotFlushes') days.metric(date, 'hotFlushes', level > 0 ? 1 : 0, 'sum');
    else days.metric(date, `symptom:${key}`, level, 'max');
  }
}

function addMeasurement(days: DayRecords, line: number, date: string, detail: string, amount: string) {
  const value = Number(amount.replace(',', '.'));
  const what = detail.toLowerCase();
  if (/step/.test(what)) {
    if (Number.isInteger(value) && value >= 0 && value <= 200_000) days.metric(date, 'steps', value, 'max');
    else days.error(line, `"${amount}" is not a step count.`);
    return;
  }
  if (/weight/.test(what)) {
    const unit = /\b(kg|lbs?|st)\b/.exec(what)?.[1];
    const kg = value * (unit ? (massUnits[unit === 'lbs' ? 'lb' : unit] ?? Number.NaN) : Number.NaN);
    if (!unit) days.error(line, `The weight "${amount}" has no unit (kg, lb or st) in "${detail}".`);
    else if (!(kg >= 20 && kg <= 400)) days.error(line, `"${amount} ${unit}" is not a body weight.`);
    else days.metric(date, 'weightKg', Math.round(kg * 100) / 100, 'last');
    return;
  }
  days.leaveOut(`Health measurement "${detail}"`, 'Spinekind keeps no such measurement');
}

/** Bearable's CSV export → daily records. Call `header` with the first row, `add` with each next one, then `finish`. */
export function bearableImport() {
  const days = dayRecords();
  let columns = new Map<string, number>();
  let current = false;
  function dateOf(row: readonly string[]): string | undefined {
    if (current)
      return isoDay(cell(row, columns, 'date formatted')) ?? dayMonthNameYear(cell(row, columns, 'date'));
    const text = cell(row, columns, 'date');
    return dayMonthNameYear(text) ?? isoDay(text);
  }
  return {
    header(row: readonly string[]): void {
      columns = columnsOf(row);
      if (!REQUIRED.every((name) => columns.has(name)))
        throw notThisExport(
          'Bearable',
          'its first line starts with date, … category, rating/amount, detail, notes',
        );
      current = columns.has('date formatted');
    },
    add(row: readonly string[], line: number): void {
      const date = dateOf(row);
      if (!date) {
        const given = cell(row, columns, current ? 'date formatted' : 'date');
        days.error(line, given ? `"${given}" is not a date Spinekind can read.` : 'The row has no date.');
        return;
      }
      const category = cell(row, columns, 'category').toLowerCase();
      const amount = cell(row, columns, 'rating/amount');
      const detail = cell(row, columns, 'detail');
      const notes = cell(row, columns, 'notes');
      if (category === 'meds/supplements' || category === 'medication' || category === 'medications') {
        // Not even her notes on a dose: they would bring the dose in through the back door.
        days.leaveOut('Meds/Supplements entries', DOSES_WHY);
        return;
      }
      if (notes) days.note(date, notes);
      if (category === 'sleep') {
        const hours = hoursOf(amount);
        if (hours === undefined) days.error(line, `"${amount}" is not a sleep time like 7:30.`);
        // Bearable keeps one sleep entry a night; a second (a nap) must not double the night.
        else days.metric(date, 'sleepHours', hours, 'max');
      } else if (category === 'mood' || category === 'energy') {
        const rating = Number(amount);
        if (amount === '' || !Number.isFinite(rating) || rating < 0 || rating > 10)
          days.error(
            line,
            category === 'mood'
              ? `"${amount}" is not a mood rating.`
              : `"${amount}" is not an energy rating.`,
          );
        else days.metric(date, category === 'mood' ? 'moodRating' : 'energyRating', rating, 'mean');
      } else if (category === 'symptom' || category === 'symptoms') {
        addSymptoms(days, date, detail);
      } else if (category === 'water') {
        const glasses = Number(amount);
        if (amount === '' || !Number.isFinite(glasses) || glasses < 0 || glasses > 40)
          days.error(line, `"${amount}" is not a number of glasses of water.`);
        else days.metric(date, 'waterGlasses', glasses, 'sum');
      } else if (category === 'health measurements') {
        addMeasurement(days, line, date, detail, amount);
      } else if (category === 'notes' || category === 'extra notes' || category === 'journal') {
        days.note(date, detail);
      } else if (category) {
        days.leaveOut(`"${cell(row, columns, 'category')}" entries`, 'not something Spinekind keeps');
      }
    },
    finish(): NormalizedImport {
      return days.finish();
    },
  };
}
