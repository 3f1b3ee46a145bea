import { addDays, format, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bleedingEpisodes, cyclesOf, cycleVariability, estimateStage } from './stage.js';

const plus = (d: string, n: number) => format(addDays(parseISO(d), n), 'yyyy-MM-dd');
/** Periods of 5 days starting at `start`, separated by the given cycle lengths. */
function periodsWith(start: string, lengths: number[]) {
  const starts = [start];
  for (const l of lengths) starts.push(plus(starts.at(-1) as string, l));
  return starts.map((s) => ({ startDate: s, endDate: plus(s, 4) }));
}
const stageOf = (periods: { startDate: string; endDate: string | null }[], asOf: string, profile = {}) =>
  estimateStage({ episodes: bleedingEpisodes(periods, []), profile, asOf });

describe('bleeding episodes and cycles', () => {
  it('merges logged periods with check-in bleeding days, bridging a one-day gap', () => {
    const eps = bleedingEpisodes(
      [{ startDate: '2026-01-01', endDate: '2026-01-03' }],
      ['2026-01-05', '2026-01-29'],
    );
    expect(eps).toEqual([
      { start: '2026-01-01', end: '2026-01-05' },
      { start: '2026-01-29', end: '2026-01-29' },
    ]);
  });

  it('measures cycles start to start and leaves the last one open', () => {
    const cycles = cyclesOf(bleedingEpisodes(periodsWith('2026-01-01', [28, 31]), []));
    expect(cycles).toEqual([
      { start: '2026-01-01', lengthDays: 28 },
      { start: '2026-01-29', lengthDays: 31 },
      { start: '2026-03-01', lengthDays: null },
    ]);
  });

  it('reports the spread of cycle lengths', () => {
    // Lengths 28, 30, 26, 35: mean 29.75, sample SD 3.86; largest change |35-26| = 9.
    const v = cycleVariability(cyclesOf(bleedingEpisodes(periodsWith('2026-01-01', [28, 30, 26, 35]), [])));
    expect(v).toEqual({ cycles: 4, sdDays: 3.9, maxDifferenceDays: 9 });
  });
});

describe('STRAW+10 stage estimate', () => {
  it('calls regular cycles reproductive once three cycles are complete', () => {
    const periods = periodsWith('2026-01-01', [28, 29, 27]);
    expect(stageOf(periods, '2026-04-01').stage).toBe('reproductive');
    expect(stageOf(periods.slice(0, 3), '2026-03-01')).toMatchObject({
      stage: 'unknown',
      basis: expect.stringContaining('Log 1 more cycle'),
    });
  });

  it('finds the early transition when a 7-day change recurs within 10 cycles', () => {
    const periods = periodsWith('2025-06-01', [28, 36, 28, 29, 28, 37]);
    const s = stageOf(periods, plus(periods.at(-1)?.startDate as string, 10));
    expect(s.stage).toBe('early_transition');
    expect(s.evidence.length).toBe(3);
  });

  it('does not count a single 7-day change, nor one that returns only after more than 10 cycles', () => {
    expect(stageOf(periodsWith('2025-01-01', [28, 35, 28, 28]), '2025-05-10').stage).toBe('reproductive');
    const late = [28, 35, ...Array(10).fill(28), 36];
    const periods = periodsWith('2024-01-01', late);
    expect(stageOf(periods, plus(periods.at(-1)?.startDate as string, 5)).stage).toBe('reproductive');
  });

  it('estimates the late transition at 60 days without bleeding, not 59', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (offset) => {
        const start = plus('2018-01-01', offset);
        const periods = periodsWith(start, [28, 28, 28]);
        const lastEnd = periods.at(-1)?.endDate as string;
        return (
          stageOf(periods, plus(lastEnd, 59)).stage === 'reproductive' &&
          stageOf(periods, plus(lastEnd, 60)).stage === 'late_transition'
        );
      }),
    );
  });

  it('estimates postmenopause at 365 days since the final period, not 364', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (offset) => {
        const periods = periodsWith(plus('2015-01-01', offset), [28]);
        const lastEnd = periods.at(-1)?.endDate as string;
        return (
          stageOf(periods, plus(lastEnd, 364)).stage === 'late_transition' &&
          stageOf(periods, plus(lastEnd, 365)).stage === 'postmenopause'
        );
      }),
    );
  });

  it('says unknown when hormones or surgery make bleeding uninformative, or nothing is logged', () => {
    const periods = periodsWith('2026-01-01', [28, 28, 28]);
    expect(stageOf(periods, '2026-04-01', { hrt: true }).basis).toMatch(/HRT/);
    expect(stageOf(periods, '2026-04-01', { hormonalContraception: true }).stage).toBe('unknown');
    expect(stageOf(periods, '2026-04-01', { uterusRemoved: true }).stage).toBe('unknown');
    expect(stageOf([], '2026-04-01').stage).toBe('unknown');
  });

  it('always says it is an estimate, not a diagnosis', () => {
    expect(stageOf(periodsWith('2026-01-01', [28, 28, 28]), '2026-04-01').basis).toContain('not a diagnosis');
  });

  it('ignores periods logged after the as-of date', () => {
    const periods = periodsWith('2025-01-01', [28, 28, 28]);
    expect(stageOf([...periods, { startDate: '2026-06-01', endDate: null }], '2025-08-01').stage).toBe(
      'late_transition',
    );
  });
});
