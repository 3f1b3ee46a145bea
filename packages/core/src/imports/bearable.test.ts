import { describe, expect, it } from 'vitest';
import { dayMonthNameYear } from './app-files.js';
import { bearableImport } from './bearable.js';
import { symptomKeyOf } from './symptom-names.js';

const header = [
  'date',
  'date formatted',
  'weekday',
  'time of day',
  'category',
  'rating/amount',
  'detail',
  'notes',
];
const row = (category: string, amount: string, detail = '', notes = '') => [
  '3rd Mar 2024',
  '2024-03-03',
  'Sunday',
  'pm',
  category,
  amount,
  detail,
  notes,
];

describe('Bearable import', () => {
  it('keeps the strongest severity of the day on our 0–3 scale, never a 0–10 pain score', () => {
    const reader = bearableImport();
    reader.header(header);
    reader.add(row('Symptom', '2', 'Back (lower) pain (Mild) | Headache (Unbearable)'), 2);
    reader.add(row('Symptom', '3', 'Back (lower) pain (Moderate)'), 3);
    const { metrics } = reader.finish();
    expect(metrics).toEqual([
      { localDate: '2024-03-03', metric: 'symptom:headache', value: 3 },
      { localDate: '2024-03-03', metric: 'symptom:lowerBackPain', value: 2 },
    ]);
    // Unbearable is the top of our scale, 3: no value leaves the 0–3 range.
    expect(Math.max(...metrics.map((m) => m.value))).toBe(3);
  });

  it('leaves Meds/Supplements rows out, with their notes', () => {
    const reader = bearableImport();
    reader.header(header);
    reader.add(row('Meds/Supplements', '1', 'Naproxen 250mg', 'after lunch'), 2);
    const result = reader.finish();
    expect(result.metrics).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(result.notImported).toEqual([
      {
        what: 'Meds/Supplements entries',
        count: 1,
        why: 'Spinekind keeps no medicines or doses from other apps',
      },
    ]);
  });

  it('converts a weight in pounds and refuses one without a unit', () => {
    const reader = bearableImport();
    reader.header(header);
    reader.add(row('Health measurements', '150', 'Weight (lbs)'), 2);
    reader.add(row('Health measurements', '150', 'Weight'), 3);
    const result = reader.finish();
    expect(result.metrics).toEqual([{ localDate: '2024-03-03', metric: 'weightKg', value: 68.04 }]);
    expect(result.errors).toEqual([
      { line: 3, message: 'The weight "150" has no unit (kg, lb or st) in "Weight".' },
    ]);
  });
});

describe('names and dates from other apps', () => {
  it('maps symptom names as each app writes them', () => {
    expect(symptomKeyOf('Back (lower) pain')).toBe('lowerBackPain');
    expect(symptomKeyOf('backache')).toBe('lowerBackPain');
    expect(symptomKeyOf('lower_back')).toBe('lowerBackPain');
    expect(symptomKeyOf('tenderBreasts')).toBe('breastPain');
    expect(symptomKeyOf('Hot flashes')).toBe('hotFlushes');
    expect(symptomKeyOf('Upper back pain')).toBeUndefined();
    expect(symptomKeyOf('Tinnitus')).toBeUndefined();
  });

  it('reads Bearable dates like 23rd Jul 2020', () => {
    expect(dayMonthNameYear('23rd Jul 2020')).toBe('2020-07-23');
    expect(dayMonthNameYear('1st September 2019')).toBe('2019-09-01');
    expect(dayMonthNameYear('31st Jun 2020')).toBeUndefined();
  });
});
