import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './days.js';
import { bleedingEpisodes } from './episodes.js';
import { estimateStage, type StageProfile } from './stage.js';

/** Five-day periods, the first starting at `start`, then one after each cycle length given. */
function periodsWith(start: string, lengths: number[]) {
  const starts = [start];
  for (const l of lengths) starts.push(addDays(starts.at(-1) as string, l));
  return starts.map((s) => ({ startDate: s, endDate: addDays(s, 4) }));
}
type Periods = ReturnType<typeof periodsWith>;
const lastOf = (periods: Periods) => periods.at(-1) as Periods[number];
const stageOf = (periods: Periods, asOf: string, profile: StageProfile = {}) =>
  estimateStage({ episodes: bleedingEpisodes(periods), profile, asOf });
const anyStart = fc.integer({ min: 0, max: 15_000 }).map((n) => addDays('1985-01-01', n));

describe('reproductive and unknown for too little data', () => {
  it('calls cycles regular once three complete cycles are logged', () => {
    const periods = periodsWith('2026-01-01', [28, 29, 27]);
    const s = stageOf(periods, '2026-04-01');
    expect(s).toMatchObject({ stage: 'reproductive', isEstimate: true, daysSinceLastPeriod: 2 });
    expect(s.evidence).toEqual(['2026-01-01', '2026-01-29', '2026-02-27', '2026-03-26']);
  });

  it('says how many more periods it needs with fewer than three complete cycles', () => {
    const periods = periodsWith('2026-01-01', [28, 29]);
    expect(stageOf(periods, '2026-03-10')).toMatchObject({
      stage: 'unknown',
      basis: expect.stringContaining('log 1 more period'),
    });
    expect(stageOf(periods.slice(0, 1), '2026-01-10').basis).toContain('log 3 more periods');
    expect(stageOf([], '2026-04-01').basis).toContain('No periods logged yet');
  });

  it('calls a single long cycle among regular ones reproductive, not a transition, and says it stood out', () => {
    const s = stageOf(periodsWith('2025-01-01', [28, 36, 28, 28]), '2025-05-10');
    expect(s.stage).toBe('reproductive');
    expect(s.basis).toContain('Your last 4 cycles were 28 to 36 days long. One changed by 7 days or more');
  });

  it('never calls 26, 39 and 31 days steady: it names the range and the change', () => {
    const s = stageOf(periodsWith('2026-01-01', [26, 39, 31]), '2026-04-20');
    expect(s.stage).toBe('reproductive');
    expect(s.basis).toMatch(/^Your last 3 cycles were 26 to 39 days long\. One changed by 7 days or more/);
  });

  it('says no change when the lengths stayed within 7 days of each other', () => {
    const s = stageOf(periodsWith('2026-01-01', [28, 29, 27]), '2026-04-01');
    expect(s.basis).toMatch(/^Your last 3 cycles were 27 to 29 days long\. None changed by 7 days or more/);
  });

  it('always says it is an estimate, not a diagnosis', () => {
    for (const periods of [periodsWith('2026-01-01', [28, 28, 28]), []])
      expect(stageOf(periods, '2026-04-01').basis).toContain('not a diagnosis');
  });

  it('ignores periods logged after the as-of date', () => {
    const periods = periodsWith('2025-01-01', [28, 28, 28]);
    const later = [...periods, { startDate: '2026-06-01', endDate: '2026-06-03' }];
    expect(stageOf(later, '2025-08-01').stage).toBe('late_transition');
  });
});

describe('early transition: a 7-day change that recurs within 10 cycles', () => {
  it('finds two separate 7-day changes four cycles apart', () => {
    const periods = periodsWith('2025-06-01', [28, 36, 28, 29, 28, 37]);
    const s = stageOf(periods, addDays(lastOf(periods).startDate, 10));
    expect(s.stage).toBe('early_transition');
    // The cycle before the first change, the first changed cycle, and the one where it came back.
    expect(s.evidence).toEqual([periods[0]?.startDate, periods[1]?.startDate, periods[5]?.startDate]);
  });

  it('counts cycles that keep lengthening, and lengths that keep alternating', () => {
    const lengthening = periodsWith('2025-01-01', [28, 36, 44]);
    expect(stageOf(lengthening, addDays(lastOf(lengthening).startDate, 5)).stage).toBe('early_transition');
    const alternating = periodsWith('2025-01-01', [28, 36, 28, 36, 28]);
    expect(stageOf(alternating, addDays(lastOf(alternating).startDate, 5)).stage).toBe('early_transition');
  });

  it('counts a recurrence exactly 10 cycles later, but not 11', () => {
    const within = periodsWith('2024-01-01', [28, 35, ...Array(9).fill(28), 36]);
    expect(stageOf(within, addDays(lastOf(within).startDate, 5)).stage).toBe('early_transition');
    const beyond = periodsWith('2024-01-01', [28, 35, ...Array(10).fill(28), 36]);
    expect(stageOf(beyond, addDays(lastOf(beyond).startDate, 5)).stage).toBe('reproductive');
  });

  it('ignores an old pair of changes more than 20 cycles back', () => {
    const periods = periodsWith('2022-01-01', [28, 36, 28, 37, ...Array(20).fill(28)]);
    expect(stageOf(periods, addDays(lastOf(periods).startDate, 5)).stage).toBe('reproductive');
  });
});

describe('late transition and postmenopause', () => {
  it('estimates the late transition at 60 days without bleeding, not 59', () => {
    fc.assert(
      fc.property(anyStart, (start) => {
        const periods = periodsWith(start, [28, 28, 28]);
        const end = lastOf(periods).endDate;
        return (
          stageOf(periods, addDays(end, 59)).stage === 'reproductive' &&
          stageOf(periods, addDays(end, 60)).stage === 'late_transition'
        );
      }),
    );
  });

  it('keeps the late transition after bleeding returns when the gap was 60 days, not 59', () => {
    fc.assert(
      fc.property(anyStart, (start) => {
        // Five-day periods: a 65-day cycle leaves 60 bleeding-free days, a 64-day cycle 59.
        const after = (lengths: number[]) => {
          const periods = periodsWith(start, lengths);
          return stageOf(periods, addDays(lastOf(periods).startDate, 10)).stage;
        };
        return after([28, 28, 28, 65]) === 'late_transition' && after([28, 28, 28, 64]) !== 'late_transition';
      }),
    );
  });

  it('lets a 60-day gap lapse once bleeding has been back for 12 months', () => {
    const periods = periodsWith('2024-01-01', [28, 70, ...Array(14).fill(28)]);
    expect(stageOf(periods, addDays(lastOf(periods).startDate, 5)).stage).toBe('reproductive');
  });

  it('estimates postmenopause at 365 days since the final period, not 364', () => {
    fc.assert(
      fc.property(anyStart, (start) => {
        const periods = periodsWith(start, [28]);
        const end = lastOf(periods).endDate;
        const at = (n: number) => stageOf(periods, addDays(end, n));
        return at(364).stage === 'late_transition' && at(365).stage === 'postmenopause';
      }),
    );
  });

  it('gives the last period end as evidence and counts the days', () => {
    const periods = periodsWith('2024-01-01', [28, 28, 28]);
    const end = lastOf(periods).endDate;
    expect(stageOf(periods, addDays(end, 400))).toMatchObject({
      stage: 'postmenopause',
      evidence: [end],
      daysSinceLastPeriod: 400,
    });
  });
});

describe('unknown when bleeding patterns are uninformative', () => {
  const periods = periodsWith('2026-01-01', [28, 28, 28]);
  it.each([
    ['hormonalContraception', /contraception/],
    ['hrt', /HRT/],
    ['uterusRemoved', /uterus/],
    ['ovariesRemoved', /ovaries/],
  ] as const)('says unknown with %s', (key, reason) => {
    const s = stageOf(periods, '2026-04-01', { [key]: true });
    expect(s.stage).toBe('unknown');
    expect(s.basis).toMatch(reason);
  });

  it('does not let a false or missing answer block the estimate', () => {
    expect(stageOf(periods, '2026-04-01', { hrt: false, uterusRemoved: null }).stage).toBe('reproductive');
  });
});
