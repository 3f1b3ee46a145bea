import { describe, expect, it } from 'vitest';
import { addDays } from './days.js';
import type { Cycle } from './episodes.js';
import { forecastNextPeriod } from './forecast.js';

/** Cycles of these lengths from 2026-01-01, then the one running now. */
function cyclesOf(lengths: number[]): Cycle[] {
  let start = '2026-01-01';
  const cycles: Cycle[] = [];
  for (const length of lengths) {
    cycles.push({ start, lengthDays: length, periodEnd: addDays(start, 4) });
    start = addDays(start, length);
  }
  cycles.push({ start, lengthDays: null, periodEnd: addDays(start, 4) });
  return cycles;
}
const reproductive = { stage: 'reproductive' as const };
const lastStart = (cycles: Cycle[]) => cycles.at(-1)?.start as string;

describe('next-period forecast', () => {
  it('gives the window from the shortest to the longest recent cycle, after the last start', () => {
    const cycles = cyclesOf([27, 28, 29, 28, 27, 29]);
    const { forecast } = forecastNextPeriod({
      cycles,
      profile: null,
      stage: reproductive,
      asOf: lastStart(cycles),
    });
    // Lengths 27–29 around a median of 28: the window is widened to two days either side of the median.
    expect(forecast).toMatchObject({
      from: addDays(lastStart(cycles), 26),
      to: addDays(lastStart(cycles), 30),
      confidence: 'medium',
    });
    expect(forecast?.basis).toContain('Your last 6 cycles were 27 to 29 days long (usually 28)');
  });

  it('says "all 28 days" when the cycles were the same length', () => {
    const cycles = cyclesOf([28, 28, 28]);
    const { forecast } = forecastNextPeriod({
      cycles,
      profile: null,
      stage: reproductive,
      asOf: lastStart(cycles),
    });
    expect(forecast?.basis).toMatch(/^Your last 3 cycles were all 28 days long \(usually 28\)/);
  });

  it('reads only the last six complete cycles', () => {
    const cycles = cyclesOf([45, 21, 28, 28, 28, 28, 28, 28]);
    const { forecast } = forecastNextPeriod({
      cycles,
      profile: null,
      stage: reproductive,
      asOf: lastStart(cycles),
    });
    expect(forecast?.from).toBe(addDays(lastStart(cycles), 26));
    expect(forecast?.to).toBe(addDays(lastStart(cycles), 30));
  });

  it('is low confidence with fewer than six cycles or in the transition', () => {
    const few = cyclesOf([28, 29, 28]);
    expect(
      forecastNextPeriod({ cycles: few, profile: null, stage: reproductive, asOf: lastStart(few) }).forecast
        ?.confidence,
    ).toBe('low');
    const six = cyclesOf([28, 29, 28, 28, 29, 28]);
    expect(
      forecastNextPeriod({
        cycles: six,
        profile: null,
        stage: { stage: 'early_transition' },
        asOf: lastStart(six),
      }).forecast?.confidence,
    ).toBe('low');
  });

  it('says why there is none: too few cycles', () => {
    const cycles = cyclesOf([28, 29]);
    expect(
      forecastNextPeriod({ cycles, profile: null, stage: reproductive, asOf: lastStart(cycles) }),
    ).toEqual({
      forecast: null,
      note: 'A forecast needs at least 3 complete cycles in your log (there are 2 so far).',
    });
    expect(
      forecastNextPeriod({ cycles: [], profile: null, stage: reproductive, asOf: '2026-03-01' }).note,
    ).toBe('A forecast needs at least 3 complete cycles in your log.');
  });

  it('says why there is none: a window wider than 14 days', () => {
    const cycles = cyclesOf([24, 40, 31, 26, 38]);
    const answer = forecastNextPeriod({
      cycles,
      profile: null,
      stage: reproductive,
      asOf: lastStart(cycles),
    });
    expect(answer.forecast).toBeNull();
    expect(answer.note).toMatch(/^Your last 5 cycles were 24 to 40 days long: they vary too much/);
  });

  it('a window of exactly 14 days is still given', () => {
    const cycles = cyclesOf([24, 37, 30]);
    expect(
      forecastNextPeriod({ cycles, profile: null, stage: reproductive, asOf: lastStart(cycles) }).forecast,
    ).toMatchObject({ from: addDays(lastStart(cycles), 24), to: addDays(lastStart(cycles), 37) });
  });

  it('says why there is none: hormonal contraception, HRT, no uterus, after the menopause', () => {
    const cycles = cyclesOf([28, 28, 28]);
    const asOf = lastStart(cycles);
    const with_ = (profile: object) =>
      forecastNextPeriod({ cycles, profile, stage: reproductive, asOf }).note;
    expect(with_({ hormonalContraception: true })).toMatch(/Hormonal contraception/);
    expect(with_({ hrt: true })).toMatch(/HRT/);
    expect(with_({ uterusRemoved: true })).toMatch(/uterus/);
    expect(
      forecastNextPeriod({ cycles, profile: null, stage: { stage: 'postmenopause' }, asOf }).note,
    ).toMatch(/periods have stopped/);
    expect(with_({ hormonalContraception: false, hrt: null, uterusRemoved: false })).toBeNull();
  });

  it('says the period is late once the window has passed, and never forecasts a date in the past', () => {
    const cycles = cyclesOf([28, 28, 28]);
    const windowEnd = addDays(lastStart(cycles), 30);
    expect(
      forecastNextPeriod({ cycles, profile: null, stage: reproductive, asOf: windowEnd }).forecast,
    ).not.toBeNull();
    const late = forecastNextPeriod({
      cycles,
      profile: null,
      stage: reproductive,
      asOf: addDays(windowEnd, 1),
    });
    expect(late.forecast).toBeNull();
    expect(late.note).toMatch(/^Your period was expected by \d+ [A-Z][a-z]+ and is not logged yet/);
  });
});
