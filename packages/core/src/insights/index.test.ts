import { describe, expect, it } from 'vitest';
import { addDays } from '../cycle/days.js';
import { computeInsights } from './index.js';
import { checkinOn, mulberry32 } from './simulate.js';

const FROM = '2026-01-01';

describe('computeInsights', () => {
  const rng = mulberry32(21);
  const checkins = Array.from({ length: 60 }, (_, d) => d)
    .filter((d) => d % 10 !== 9)
    .map((d) => checkinOn(addDays(FROM, d), Math.floor(rng() * 8), { stress: Math.floor(rng() * 10) }));
  const luteal = new Map(Array.from({ length: 60 }, (_, d) => [addDays(FROM, d), d % 28 >= 14] as const));
  const insights = computeInsights({
    checkins,
    from: FROM,
    to: addDays(FROM, 59),
    extraDrivers: { 'cyclePhase:luteal': { values: luteal } },
    treatments: [{ id: 't1', name: 'massage', startDate: '2026-01-25', endDate: null }],
  });

  it('counts the days with pain logged', () => {
    expect(insights.days).toBe(54);
    expect(insights.trend.series).toHaveLength(60);
  });

  it('tests cycle phases and treatments as yes/no drivers', () => {
    const ids = new Set(insights.drivers.map((d) => d.driver));
    expect(ids).toEqual(new Set(['stress', 'cyclePhase:luteal', 'treatment:t1']));
    expect(insights.drivers.find((d) => d.driver === 'treatment:t1' && d.lag === 0)?.sentence).toContain(
      'On days during massage',
    );
  });

  it('compares pain before and after each treatment', () => {
    expect(insights.treatments).toHaveLength(1);
    expect(insights.treatments[0]).toMatchObject({ treatmentId: 't1', nBefore: 22, nAfter: 32 });
  });

  it('gives every driver the fields the API promises', () => {
    for (const d of insights.drivers)
      expect(Object.keys(d)).toEqual(
        expect.arrayContaining([
          'driver',
          'lag',
          'effect',
          'ciLow',
          'ciHigh',
          'n',
          'p',
          'q',
          'status',
          'sentence',
        ]),
      );
  });
});
