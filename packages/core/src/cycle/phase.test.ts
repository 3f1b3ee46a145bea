import { describe, expect, it } from 'vitest';
import { addDays } from './days.js';
import { bleedingEpisodes, cyclesOf } from './episodes.js';
import { phaseOn } from './phase.js';

function cyclesWith(start: string, lengths: number[]) {
  const starts = [start];
  for (const l of lengths) starts.push(addDays(starts.at(-1) as string, l));
  return cyclesOf(bleedingEpisodes(starts.map((s) => ({ startDate: s, endDate: addDays(s, 4) }))));
}
/** Phase on each day of the first cycle, day 1 first. */
const phasesOfFirst = (cycles: ReturnType<typeof cyclesWith>, days: number) =>
  Array.from({ length: days }, (_, i) => phaseOn(addDays(cycles[0]?.start as string, i), cycles));

describe('cycle phase of a day', () => {
  it('splits a 28-day cycle into menstrual, follicular, ovulation, luteal and premenstrual days', () => {
    const phases = phasesOfFirst(cyclesWith('2026-01-01', [28, 28]), 28);
    const count = (p: string) => phases.filter((x) => x === p).length;
    // Days 1–5 bleeding; 6–12 follicular; 13–17 ovulation (day 15 is 14 days before day 29);
    // 18–23 luteal; 24–28 the last five days.
    expect([count('menstrual'), count('follicular'), count('ovulation'), count('luteal')]).toEqual([
      5, 7, 5, 6,
    ]);
    expect(phases.slice(23)).toEqual(Array(5).fill('premenstrual'));
    expect(phases[14]).toBe('ovulation');
  });

  it('counts back from the next period, so a longer cycle has a longer follicular phase', () => {
    const phases = phasesOfFirst(cyclesWith('2026-01-01', [35, 28]), 35);
    expect(phases.filter((x) => x === 'follicular').length).toBe(14);
    expect(phases[21]).toBe('ovulation');
  });

  it('uses the logged bleeding days for the menstrual phase', () => {
    const cycles = [{ start: '2026-01-01', lengthDays: 28, periodEnd: '2026-01-07' }];
    expect(phaseOn('2026-01-07', cycles)).toBe('menstrual');
    expect(phaseOn('2026-01-08', cycles)).toBe('follicular');
  });

  it('predicts the running cycle from the median of recent ones, and stops once the period is late', () => {
    const cycles = cyclesWith('2026-01-01', [27, 28, 30]);
    const running = cycles.at(-1)?.start as string;
    expect(phaseOn(addDays(running, 27), cycles)).toBe('premenstrual');
    expect(phaseOn(addDays(running, 28), cycles)).toBeUndefined();
  });

  it('gives no phase outside the 24–38-day range or without enough cycles, except bleeding days', () => {
    const long = cyclesWith('2026-01-01', [45, 28]);
    expect(phaseOn('2026-01-03', long)).toBe('menstrual');
    expect(phaseOn('2026-01-20', long)).toBeUndefined();
    const young = cyclesWith('2026-01-01', [28]);
    expect(phaseOn(addDays(young[1]?.start as string, 10), young)).toBeUndefined();
    expect(phaseOn('2025-12-31', young)).toBeUndefined();
  });
});
