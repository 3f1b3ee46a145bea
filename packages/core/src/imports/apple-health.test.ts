import { describe, expect, it } from 'vitest';
import { type AppleRecord, appleHealthImport } from './apple-health.js';

const rec = (type: string, start: string, value: string, extra: Partial<AppleRecord> = {}): AppleRecord => ({
  type: `HK${type}`,
  startDate: start,
  endDate: extra.endDate ?? start,
  value,
  sourceName: 'iPhone',
  ...extra,
});
function run(records: AppleRecord[], skips = 0) {
  const imp = appleHealthImport();
  for (const r of records) imp.add(r);
  for (let i = 0; i < skips; i++) imp.skip();
  return imp.finish();
}
const metricOn = (res: ReturnType<typeof run>, localDate: string, metric: string) =>
  res.metrics.find((m) => m.localDate === localDate && m.metric === metric)?.value;

describe('appleHealthImport: steps', () => {
  it('sums a day by the local date of each record start', () => {
    const res = run([
      rec('QuantityTypeIdentifierStepCount', '2024-01-15 08:00:00 +0100', '1000'),
      rec('QuantityTypeIdentifierStepCount', '2024-01-15 23:50:00 +0100', '250'),
      rec('QuantityTypeIdentifierStepCount', '2024-01-16 00:10:00 +0100', '40'),
    ]);
    expect(metricOn(res, '2024-01-15', 'steps')).toBe(1250);
    expect(metricOn(res, '2024-01-16', 'steps')).toBe(40);
    expect(res.imported).toEqual({ HKQuantityTypeIdentifierStepCount: 3 });
  });

  it('takes the source with most steps instead of adding phone and watch together', () => {
    const res = run([
      rec('QuantityTypeIdentifierStepCount', '2024-01-15 08:00:00 +0000', '3000', { sourceName: 'iPhone' }),
      rec('QuantityTypeIdentifierStepCount', '2024-01-15 08:00:00 +0000', '3500', { sourceName: 'Watch' }),
      rec('QuantityTypeIdentifierStepCount', '2024-01-15 18:00:00 +0000', '500', { sourceName: 'iPhone' }),
    ]);
    expect(metricOn(res, '2024-01-15', 'steps')).toBe(3500);
  });
});

describe('appleHealthImport: sleep', () => {
  const sleep = (start: string, end: string, value = 'AsleepCore', source = 'Watch') =>
    rec('CategoryTypeIdentifierSleepAnalysis', start, `HKCategoryValueSleepAnalysis${value}`, {
      endDate: end,
      sourceName: source,
    });

  it('gives a night split at midnight to the morning of waking, asleep stages only', () => {
    const res = run([
      sleep('2024-01-14 22:00:00 +0000', '2024-01-15 07:00:00 +0000', 'InBed', 'iPhone'),
      sleep('2024-01-14 22:30:00 +0000', '2024-01-14 23:59:00 +0000', 'AsleepCore'),
      sleep('2024-01-15 00:00:00 +0000', '2024-01-15 02:00:00 +0000', 'AsleepDeep'),
      sleep('2024-01-15 02:00:00 +0000', '2024-01-15 02:30:00 +0000', 'Awake'),
      sleep('2024-01-15 02:30:00 +0000', '2024-01-15 06:30:00 +0000', 'AsleepREM'),
    ]);
    expect(metricOn(res, '2024-01-15', 'sleepHours')).toBe(7.483);
    expect(metricOn(res, '2024-01-14', 'sleepHours')).toBeUndefined();
    expect(res.imported).toEqual({ HKCategoryTypeIdentifierSleepAnalysis: 3 });
    expect(res.skipped).toBe(2);
  });

  it('counts time logged by two devices once', () => {
    const res = run([
      sleep('2024-01-14 23:00:00 +0000', '2024-01-15 06:00:00 +0000', 'Asleep', 'iPhone'),
      sleep('2024-01-15 00:00:00 +0000', '2024-01-15 07:00:00 +0000', 'AsleepCore', 'Watch'),
    ]);
    expect(metricOn(res, '2024-01-15', 'sleepHours')).toBe(8);
  });

  it('keeps an afternoon nap on its own day', () => {
    const res = run([sleep('2024-01-15 14:00:00 +0000', '2024-01-15 15:00:00 +0000', 'AsleepUnspecified')]);
    expect(metricOn(res, '2024-01-15', 'sleepHours')).toBe(1);
  });
});

describe('appleHealthImport: body measurements', () => {
  it('converts pounds and inches and keeps the last measurement of a day', () => {
    const res = run([
      rec('QuantityTypeIdentifierBodyMass', '2024-01-15 07:00:00 +0000', '150', { unit: 'lb' }),
      rec('QuantityTypeIdentifierBodyMass', '2024-01-15 21:00:00 +0000', '68.4', { unit: 'kg' }),
      rec('QuantityTypeIdentifierBodyMass', '2024-01-16 07:00:00 +0000', '150', { unit: 'lb' }),
      rec('QuantityTypeIdentifierWaistCircumference', '2024-01-16 07:00:00 +0000', '32', { unit: 'in' }),
    ]);
    expect(metricOn(res, '2024-01-15', 'weightKg')).toBe(68.4);
    expect(metricOn(res, '2024-01-16', 'weightKg')).toBe(68.04);
    expect(metricOn(res, '2024-01-16', 'waistCm')).toBe(81.28);
  });

  it('skips values in unknown units or outside what a body measures', () => {
    const res = run([
      rec('QuantityTypeIdentifierBodyMass', '2024-01-15 07:00:00 +0000', '68', { unit: 'furlong' }),
      rec('QuantityTypeIdentifierBodyMass', '2024-01-15 07:00:00 +0000', '4000', { unit: 'kg' }),
      rec('QuantityTypeIdentifierWaistCircumference', '2024-01-15 07:00:00 +0000', 'abc', { unit: 'cm' }),
    ]);
    expect(res.metrics).toEqual([]);
    expect(res.skipped).toBe(3);
  });
});

describe('appleHealthImport: menstrual flow', () => {
  const flow = (date: string, level: string) =>
    rec(
      'CategoryTypeIdentifierMenstrualFlow',
      `${date} 08:00:00 +0000`,
      `HKCategoryValueMenstrualFlow${level}`,
    );
  const spot = (date: string) =>
    rec(
      'CategoryTypeIdentifierIntermenstrualBleeding',
      `${date} 08:00:00 +0000`,
      'HKCategoryValueNotApplicable',
    );

  it('joins consecutive flow days into one period with its heaviest flow', () => {
    const res = run([
      flow('2024-01-03', 'Light'),
      flow('2024-01-04', 'Heavy'),
      flow('2024-01-05', 'Medium'),
      flow('2024-01-07', 'Light'),
      flow('2024-01-31', 'Unspecified'),
      flow('2024-02-01', 'Unspecified'),
    ]);
    expect(res.periods).toEqual([
      { startDate: '2024-01-03', endDate: '2024-01-07', flow: 'heavy' },
      { startDate: '2024-01-31', endDate: '2024-02-01', flow: null },
    ]);
    expect(res.imported).toEqual({ HKCategoryTypeIdentifierMenstrualFlow: 6 });
  });

  it('never starts a period on spotting or a "none" day', () => {
    const res = run([
      spot('2024-01-10'),
      flow('2024-01-11', 'None'),
      flow('2024-01-20', 'Medium'),
      spot('2024-01-21'),
      flow('2024-01-22', 'Light'),
    ]);
    expect(res.periods).toEqual([{ startDate: '2024-01-20', endDate: '2024-01-22', flow: 'medium' }]);
    expect(res.imported).toEqual({
      HKCategoryTypeIdentifierMenstrualFlow: 2,
      HKCategoryTypeIdentifierIntermenstrualBleeding: 1,
    });
    expect(res.skipped).toBe(2);
  });

  it('leaves out bleeding longer than a period can be', () => {
    const days = Array.from({ length: 16 }, (_, i) =>
      flow(`2024-03-${String(i + 1).padStart(2, '0')}`, 'Light'),
    );
    const res = run(days);
    expect(res.periods).toEqual([]);
    expect(res.skipped).toBe(16);
  });
});

describe('appleHealthImport: symptoms', () => {
  const sym = (type: string, date: string, value: string) =>
    rec(`CategoryTypeIdentifier${type}`, `${date} 12:00:00 +0000`, value);

  it('counts hot flashes per day and keeps the strongest of each symptom', () => {
    const res = run([
      sym('HotFlashes', '2024-01-15', 'HKCategoryValueSeverityMild'),
      sym('HotFlashes', '2024-01-15', 'HKCategoryValueSeveritySevere'),
      sym('HotFlashes', '2024-01-16', 'HKCategoryValueSeverityNotPresent'),
      sym('LowerBackPain', '2024-01-15', 'HKCategoryValueSeverityMild'),
      sym('LowerBackPain', '2024-01-15', 'HKCategoryValueSeverityModerate'),
      sym('MoodChanges', '2024-01-15', 'HKCategoryValuePresencePresent'),
      sym('Headache', '2024-01-15', 'HKCategoryValueSeverityUnspecified'),
    ]);
    expect(metricOn(res, '2024-01-15', 'hotFlushes')).toBe(2);
    expect(metricOn(res, '2024-01-16', 'hotFlushes')).toBe(0);
    expect(metricOn(res, '2024-01-15', 'symptom:lowerBackPain')).toBe(2);
    expect(metricOn(res, '2024-01-15', 'symptom:moodChanges')).toBe(1);
    expect(metricOn(res, '2024-01-15', 'symptom:headache')).toBe(1);
  });

  it('skips types it does not map and entries without a usable date', () => {
    const res = run(
      [
        rec('QuantityTypeIdentifierHeartRate', '2024-01-15 12:00:00 +0000', '70'),
        rec('CategoryTypeIdentifierCoughing', '2024-01-15 12:00:00 +0000', 'HKCategoryValueSeverityMild'),
        rec('CategoryTypeIdentifierFatigue', 'soon', 'HKCategoryValueSeverityMild'),
      ],
      2,
    );
    expect(res.metrics).toEqual([]);
    expect(res.imported).toEqual({});
    expect(res.skipped).toBe(5);
  });
});

describe('appleHealthImport: hostile files', () => {
  it('treats names like constructor or __proto__ as unknown, not as built-in properties', () => {
    const res = run([
      { type: 'constructor', value: 'HKCategoryValueSeverityMild', startDate: '2024-01-15 12:00:00 +0000' },
      {
        type: 'HKCategoryTypeIdentifierHeadache',
        value: '__proto__',
        startDate: '2024-01-15 12:00:00 +0000',
      },
      {
        type: 'HKQuantityTypeIdentifierBodyMass',
        value: '70',
        unit: 'toString',
        startDate: '2024-01-15 12:00:00 +0000',
      },
      {
        type: 'HKCategoryTypeIdentifierMenstrualFlow',
        value: 'constructor',
        startDate: '2024-01-15 12:00:00 +0000',
      },
    ]);
    expect(res.metrics).toEqual([]);
    expect(res.periods).toEqual([]);
    expect(res.skipped).toBe(4);
  });
});
