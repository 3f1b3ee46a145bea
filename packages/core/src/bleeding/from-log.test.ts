import { describe, expect, it } from 'vitest';
import { ageOnDate, bleedingCheckInputFor, bleedingDaysFromLog, pastBleedingChecks } from './from-log.js';

describe('bleedingDaysFromLog', () => {
  it('takes check-ins with bleeding and every day of a logged period at its flow', () => {
    expect(
      bleedingDaysFromLog(
        [
          { localDate: '2026-01-01', bleeding: 'none' },
          { localDate: '2026-01-02', bleeding: 'spotting' },
          { localDate: '2026-01-03', bleeding: null },
        ],
        [
          { startDate: '2026-02-01', endDate: '2026-02-03', flow: 'light' },
          { startDate: '2026-03-01', endDate: null, flow: null },
        ],
      ),
    ).toEqual([
      { date: '2026-01-02', amount: 'spotting' },
      { date: '2026-02-01', amount: 'light' },
      { date: '2026-02-02', amount: 'light' },
      { date: '2026-02-03', amount: 'light' },
      { date: '2026-03-01', amount: 'medium' },
    ]);
  });
});

describe('ageOnDate', () => {
  it('takes the larger possible age from a birth year, so the 55 line errs towards showing', () => {
    expect(ageOnDate(1971, '2026-01-01')).toBe(55);
    expect(ageOnDate(null, '2026-01-01')).toBe(null);
    expect(ageOnDate(2030, '2026-01-01')).toBe(null);
  });
});

describe('bleedingCheckInputFor', () => {
  it('reads only the profile fields the check needs', () => {
    const input = bleedingCheckInputFor(
      { birthYear: 1969, boneHealth: 'osteopenia', hrt: true, hrtRegimen: 'continuous' },
      [],
      [],
      '2026-05-01',
    );
    expect(input.age).toBe(57);
    expect(input.profile).toEqual({
      menopausalSelfReport: null,
      hrt: true,
      hrtStartDate: null,
      hrtRegimen: 'continuous',
      hrtChangeDate: null,
      uterusRemoved: null,
      hormonalContraception: null,
    });
  });
});

describe('pastBleedingChecks', () => {
  it('lists each soon run with its dates, judged as of its own last day', () => {
    const bleeding = [
      { date: '2024-01-01', amount: 'medium' as const },
      { date: '2025-03-01', amount: 'spotting' as const },
      { date: '2025-03-02', amount: 'spotting' as const },
      { date: '2026-01-10', amount: 'light' as const },
    ];
    const past = pastBleedingChecks({ age: 56, profile: {}, bleeding }, '2025-01-01', '2026-06-30');
    expect(past.map((p) => [p.runStart, p.runEnd, p.result.reasons])).toEqual([
      ['2025-03-01', '2025-03-02', ['gap', 'age_55_or_over']],
      ['2026-01-10', '2026-01-10', ['gap', 'age_55_or_over']],
    ]);
  });

  it('leaves out runs that ended before the range', () => {
    const bleeding = [
      { date: '2023-01-01', amount: 'medium' as const },
      { date: '2024-03-01', amount: 'light' as const },
    ];
    expect(pastBleedingChecks({ age: 50, profile: {}, bleeding }, '2025-01-01', '2026-01-01')).toEqual([]);
  });
});
