import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { dailySeries } from './daily.js';
import { checkinOn } from './simulate.js';

const values = (series: ReturnType<typeof dailySeries>, id: string) => [
  ...(series.drivers.get(id)?.values ?? []),
];

describe('dailySeries', () => {
  it('averages pain and keeps the highest pain of a day with several entries', () => {
    const s = dailySeries(
      [checkinOn('2026-03-01', 3, { painWorst: 6 }), checkinOn('2026-03-01', 5)],
      '2026-03-01',
      '2026-03-01',
    );
    expect([...s.pain]).toEqual([4]);
    expect([...s.painMax]).toEqual([6]);
  });

  it('adds up counts, averages scores and amounts, and treats yes/no as any-yes', () => {
    const s = dailySeries(
      [
        checkinOn('2026-03-01', 4, { hotFlushes: 2, sleepHours: 7, stress: 3, nightSweats: false }),
        checkinOn('2026-03-01', 4, { hotFlushes: 3, sleepHours: 6, stress: 6, nightSweats: true }),
      ],
      '2026-03-01',
      '2026-03-01',
    );
    expect(values(s, 'hotFlushes')).toEqual([5]);
    expect(values(s, 'sleepHours')).toEqual([6.5]);
    expect(values(s, 'stress')).toEqual([4.5]);
    expect(values(s, 'nightSweats')).toEqual([1]);
    expect(s.drivers.get('nightSweats')?.kind).toBe('boolean');
  });

  it('leaves days without a check-in missing, not zero', () => {
    const s = dailySeries(
      [checkinOn('2026-03-01', 2, { stress: 5 }), checkinOn('2026-03-03', 4, { stress: 7 })],
      '2026-03-01',
      '2026-03-03',
    );
    expect(s.dates).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
    expect([...s.pain]).toEqual([2, Number.NaN, 4]);
    expect(values(s, 'stress')).toEqual([5, Number.NaN, 7]);
  });

  it('reads a filled-in food list as no for the foods it leaves out', () => {
    const s = dailySeries(
      [
        checkinOn('2026-03-01', 2, { foods: ['berries'] }),
        checkinOn('2026-03-02', 2, { foods: [] }),
        checkinOn('2026-03-03', 2),
      ],
      '2026-03-01',
      '2026-03-03',
    );
    expect(values(s, 'food:berries')).toEqual([1, 0, Number.NaN]);
    expect(s.drivers.has('food:alcohol')).toBe(false);
  });

  it('turns bleeding into yes unless it is none', () => {
    const s = dailySeries(
      [
        checkinOn('2026-03-01', 2, { bleeding: 'none' }),
        checkinOn('2026-03-02', 2, { bleeding: 'spotting' }),
        checkinOn('2026-03-03', 2),
      ],
      '2026-03-01',
      '2026-03-03',
    );
    expect(values(s, 'bleeding')).toEqual([0, 1, Number.NaN]);
  });

  it('keeps custom trackers as yes/no or numbers by what was logged', () => {
    const s = dailySeries(
      [
        checkinOn('2026-03-01', 2, { custom: { heels: true, steps: 4000 } }),
        checkinOn('2026-03-01', 3, { custom: { steps: 6000 } }),
      ],
      '2026-03-01',
      '2026-03-01',
    );
    expect(s.drivers.get('custom:heels')).toEqual({ kind: 'boolean', values: Float64Array.from([1]) });
    expect(s.drivers.get('custom:steps')).toEqual({ kind: 'numeric', values: Float64Array.from([5000]) });
  });

  it('adds extra drivers, filling unlisted days only when told how', () => {
    const s = dailySeries([], '2026-03-01', '2026-03-03', {
      sessions: { values: new Map([['2026-03-02', 2]]), otherwise: 0 },
      'cyclePhase:luteal': {
        values: new Map([
          ['2026-03-03', true],
          ['2026-04-01', true],
        ]),
      },
    });
    expect(s.drivers.get('sessions')).toEqual({ kind: 'numeric', values: Float64Array.from([0, 2, 0]) });
    expect(s.drivers.get('cyclePhase:luteal')?.kind).toBe('boolean');
    expect(values(s, 'cyclePhase:luteal')).toEqual([Number.NaN, Number.NaN, 1]);
  });

  it('lets an imported value fill only the days the check-ins leave empty when told to', () => {
    const imported = new Map([
      ['2026-03-01', 5],
      ['2026-03-02', 6.5],
    ]);
    const checkins = [checkinOn('2026-03-01', 4, { sleepHours: 7 })];
    const filled = dailySeries(checkins, '2026-03-01', '2026-03-03', {
      sleepHours: { values: imported, fillsGaps: true },
    });
    expect(values(filled, 'sleepHours')).toEqual([7, 6.5, Number.NaN]);
    const replaced = dailySeries(checkins, '2026-03-01', '2026-03-03', { sleepHours: { values: imported } });
    expect(values(replaced, 'sleepHours')).toEqual([5, 6.5, Number.NaN]);
  });

  it('ignores check-ins outside the range', () => {
    const s = dailySeries([checkinOn('2026-02-28', 9)], '2026-03-01', '2026-03-01');
    expect([...s.pain]).toEqual([Number.NaN]);
  });

  it('rejects a range that ends before it starts', () => {
    expect(() => dailySeries([], '2026-03-02', '2026-03-01')).toThrow(DomainError);
  });
});
