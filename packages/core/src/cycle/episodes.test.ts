import { describe, expect, it } from 'vitest';
import { addDays } from './days.js';
import { bleedingEpisodes, cyclesOf, cycleVariability, periodsFromBleeding } from './episodes.js';

/** Five-day periods, the first starting at `start`, then one after each cycle length given. */
function periodsWith(start: string, lengths: number[]) {
  const starts = [start];
  for (const l of lengths) starts.push(addDays(starts.at(-1) as string, l));
  return starts.map((s) => ({ startDate: s, endDate: addDays(s, 4) }));
}

const day = (localDate: string, bleeding: 'none' | 'spotting' | 'light' | 'medium' | 'heavy') => ({
  localDate,
  bleeding,
});

describe('periods from check-in bleeding', () => {
  it('joins bleeding days one day apart into one period, with its heaviest flow', () => {
    const checkins = [
      day('2026-01-01', 'light'),
      day('2026-01-02', 'heavy'),
      day('2026-01-04', 'medium'),
      day('2026-01-06', 'none'),
      day('2026-01-29', 'medium'),
    ];
    expect(periodsFromBleeding(checkins)).toEqual([
      { startDate: '2026-01-01', endDate: '2026-01-04', flow: 'heavy' },
      { startDate: '2026-01-29', endDate: '2026-01-29', flow: 'medium' },
    ]);
  });

  it('does not start a period from spotting alone, nor count spotting at its edges', () => {
    const checkins = [
      day('2026-01-10', 'spotting'),
      day('2026-01-11', 'spotting'),
      day('2026-02-01', 'spotting'),
      day('2026-02-02', 'medium'),
      day('2026-02-03', 'light'),
      day('2026-02-04', 'spotting'),
    ];
    expect(periodsFromBleeding(checkins)).toEqual([
      { startDate: '2026-02-02', endDate: '2026-02-03', flow: 'medium' },
    ]);
  });

  it('lets spotting days hold a period together across a lighter stretch', () => {
    const checkins = ['heavy', 'spotting', 'spotting', 'spotting', 'light'].map((b, i) =>
      day(`2026-03-0${i + 1}`, b as 'heavy'),
    );
    expect(periodsFromBleeding(checkins)).toEqual([
      { startDate: '2026-03-01', endDate: '2026-03-05', flow: 'heavy' },
    ]);
  });
});

describe('bleeding episodes', () => {
  it('merges logged periods with check-in bleeding, bridging a one-day gap but not two', () => {
    const eps = bleedingEpisodes(
      [
        { startDate: '2026-01-01', endDate: '2026-01-03' },
        ...periodsFromBleeding([day('2026-01-05', 'light')]),
      ],
      ['2026-01-29', '2026-02-01'],
    );
    expect(eps).toEqual([
      { start: '2026-01-01', end: '2026-01-05' },
      { start: '2026-01-29', end: '2026-01-29' },
      { start: '2026-02-01', end: '2026-02-01' },
    ]);
  });

  it('treats a logged period without an end as one day, and a spotting-only log as no period', () => {
    const eps = bleedingEpisodes([
      { startDate: '2026-01-01', endDate: null, flow: null },
      { startDate: '2026-01-15', endDate: '2026-01-16', flow: 'spotting' },
    ]);
    expect(eps).toEqual([{ start: '2026-01-01', end: '2026-01-01' }]);
  });

  it('merges overlapping logs of the same period regardless of order', () => {
    const eps = bleedingEpisodes([
      { startDate: '2026-01-03', endDate: '2026-01-06' },
      { startDate: '2026-01-01', endDate: '2026-01-04' },
    ]);
    expect(eps).toEqual([{ start: '2026-01-01', end: '2026-01-06' }]);
  });
});

describe('cycles and their variability', () => {
  it('measures cycles start to start and leaves the last one open', () => {
    const cycles = cyclesOf(bleedingEpisodes(periodsWith('2026-01-01', [28, 31])));
    expect(cycles).toEqual([
      { start: '2026-01-01', lengthDays: 28, periodEnd: '2026-01-05' },
      { start: '2026-01-29', lengthDays: 31, periodEnd: '2026-02-02' },
      { start: '2026-03-01', lengthDays: null, periodEnd: '2026-03-05' },
    ]);
  });

  it('reports mean, sample standard deviation and largest consecutive change, worked by hand', () => {
    // Lengths 28, 30, 26, 35: mean 119 / 4 = 29.75. Squared deviations 3.0625 + 0.0625 + 14.0625
    // + 27.5625 = 44.75; / (4 − 1) = 14.917; √ = 3.862 → 3.9. Changes 2, 4, 9 → largest 9.
    const v = cycleVariability(cyclesOf(bleedingEpisodes(periodsWith('2026-01-01', [28, 30, 26, 35]))));
    expect(v).toEqual({ cycles: 4, meanDays: 29.8, sdDays: 3.9, maxDifferenceDays: 9 });
  });

  it('gives no spread from fewer than two complete cycles', () => {
    expect(cycleVariability([])).toEqual({
      cycles: 0,
      meanDays: null,
      sdDays: null,
      maxDifferenceDays: null,
    });
    const one = cycleVariability(cyclesOf(bleedingEpisodes(periodsWith('2026-01-01', [27]))));
    expect(one).toEqual({ cycles: 1, meanDays: 27, sdDays: null, maxDifferenceDays: null });
  });
});
