import type { DailyMetric } from '@spinekind/core';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { allCopy } from '../../i18n/lazy';
import { byDay, describeImportedDay } from './day-line';

await i18next.init({
  lng: 'en',
  resources: { en: { translation: await allCopy() } },
  interpolation: { escapeValue: false },
});
const m = (localDate: string, metric: DailyMetric['metric'], value: number): DailyMetric => ({
  localDate,
  metric,
  value,
  source: 'apple-health',
});

describe('describeImportedDay', () => {
  it('says a day in plain words, back pain first, "not present" left out', () => {
    const day = [
      m('2024-01-16', 'symptom:fatigue', 1),
      m('2024-01-16', 'symptom:headache', 0),
      m('2024-01-16', 'steps', 8412),
      m('2024-01-16', 'symptom:lowerBackPain', 3),
      m('2024-01-16', 'sleepHours', 6.483),
      m('2024-01-16', 'hotFlushes', 1),
    ];
    expect(describeImportedDay(day, i18next.t)).toBe(
      '8,412 steps, slept 6.5 h, 1 hot flash, lower back pain (severe), fatigue',
    );
  });

  it('shows weight and waist in her units', () => {
    const day = [m('2024-01-16', 'weightKg', 68), m('2024-01-16', 'waistCm', 81.3)];
    expect(describeImportedDay(day, i18next.t)).toBe('weight 68 kg, waist 81.3 cm');
    expect(describeImportedDay(day, i18next.t, { weight: 'lb', length: 'in' })).toBe(
      'weight 149.9 lb, waist 32 in',
    );
  });

  it('groups values by day, newest first', () => {
    const days = byDay([
      m('2024-01-15', 'steps', 1),
      m('2024-01-16', 'steps', 2),
      m('2024-01-15', 'waistCm', 80),
    ]);
    expect(days.map(([d, items]) => [d, items.length])).toEqual([
      ['2024-01-16', 1],
      ['2024-01-15', 2],
    ]);
  });
});
