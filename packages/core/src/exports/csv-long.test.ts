import { describe, expect, it } from 'vitest';
import { widenLongCsv } from './csv-long.js';
import { suggestCheckinMapping } from './header-match.js';

describe('long CSV files (one row per measurement)', () => {
  it('become one wide row per date and time, one column per measure, before columns are matched', () => {
    const wide = widenLongCsv(
      ['Date', 'Time', 'Measure', 'Value'],
      [
        ['2024-03-01', '08:00', 'Pain', '6'],
        ['2024-03-01', '08:00', 'Sleep', '7.5'],
        ['2024-03-01', '20:00', 'pain', '4'],
        ['2024-03-02', '08:00', 'Mood', '7'],
        ['2024-03-02', '08:00', 'Pain', ''],
      ],
    );
    expect(wide?.layout).toEqual({
      date: 'Date',
      time: 'Time',
      name: 'Measure',
      value: 'Value',
      ignoredColumns: [],
    });
    expect(wide?.header).toEqual(['Date', 'Pain', 'Sleep', 'Mood']);
    expect(wide?.rows).toEqual([
      ['2024-03-01 08:00', '6', '7.5', ''],
      ['2024-03-01 20:00', '4', '', ''],
      ['2024-03-02 08:00', '', '', '7'],
    ]);
    expect(wide?.lines).toEqual([2, 4, 5]);
    expect(wide?.longRows).toBe(4);
    expect(wide?.problems.size).toBe(0);
    const mapping = suggestCheckinMapping(wide?.header ?? [], []).map((m) => [m.field, m.column]);
    expect(mapping.sort()).toEqual([
      ['mood', 'Mood'],
      ['pain', 'Pain'],
      ['recordedAt', 'Date'],
      ['sleepHours', 'Sleep'],
    ]);
  });

  it('reads date,metric,value with a unit column left aside', () => {
    const wide = widenLongCsv(['date', 'metric', 'value', 'unit'], [['2024-03-01', 'pain', '5', 'score']]);
    expect(wide?.layout).toMatchObject({ time: null, ignoredColumns: ['unit'] });
    expect(wide?.rows).toEqual([['2024-03-01', '5']]);
  });

  it('a measure twice at one moment: the same value is one, two values are a problem of that row', () => {
    const wide = widenLongCsv(
      ['date', 'name', 'value'],
      [
        ['2024-03-01', 'pain', '5'],
        ['2024-03-01', 'pain', '5'],
        ['2024-03-02', 'pain', '5'],
        ['2024-03-02', 'pain', '7'],
      ],
    );
    expect(wide?.rows).toEqual([
      ['2024-03-01', '5'],
      ['2024-03-02', '5'],
    ]);
    expect([...(wide?.problems ?? [])]).toEqual([
      [1, [{ line: 5, column: 'value', message: '"pain" has two values at 2024-03-02: 5 (row 4) and 7.' }]],
    ]);
  });

  it('leaves wide files alone: our own export, and a file without a name or value column', () => {
    expect(widenLongCsv(['id', 'recordedAt', 'localDate', 'pain', 'painWorst', 'mood'], [])).toBeNull();
    expect(widenLongCsv(['date', 'pain', 'sleep'], [])).toBeNull();
    expect(widenLongCsv(['date', 'type', 'value', 'pain', 'mood', 'stress'], [])).toBeNull();
  });
});
