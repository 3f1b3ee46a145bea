import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  experimentEndDate,
  experimentPause,
  experimentSchedule,
  experimentStatus,
  scheduledDay,
  visibleSchedule,
} from './design.js';

const design = { startDate: '2026-03-02', periodDays: 7, pairs: 3, washoutDays: 2, seed: 42 };

describe('experimentSchedule', () => {
  it('is the same for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        expect(experimentSchedule({ ...design, seed })).toEqual(experimentSchedule({ ...design, seed }));
      }),
    );
  });

  it('holds one period of each condition in every pair, back to back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 3, max: 14 }),
        (seed, pairs, periodDays) => {
          const s = experimentSchedule({ ...design, seed, pairs, periodDays });
          expect(s).toHaveLength(pairs * 2);
          for (let p = 0; p < pairs; p++)
            expect(new Set([s[2 * p]?.condition, s[2 * p + 1]?.condition])).toEqual(
              new Set(['intervention', 'control']),
            );
          expect(s[0]?.start).toBe(design.startDate);
          expect(s.at(-1)?.end).toBe(experimentEndDate({ ...design, pairs, periodDays }));
        },
      ),
    );
  });

  it('puts the intervention first in about half of the pairs over many seeds', () => {
    const firsts = Array.from({ length: 2000 }, (_, seed) => experimentSchedule({ ...design, seed })).flatMap(
      (s) => [s[0], s[2], s[4]],
    );
    const share = firsts.filter((p) => p?.condition === 'intervention').length / firsts.length;
    expect(share).toBeGreaterThan(0.47);
    expect(share).toBeLessThan(0.53);
  });

  it('draws different orders from different seeds', () => {
    const orders = new Set(
      Array.from({ length: 50 }, (_, seed) =>
        experimentSchedule({ ...design, seed })
          .map((p) => p.condition[0])
          .join(''),
      ),
    );
    expect(orders.size).toBe(8);
  });
});

describe('scheduledDay', () => {
  const schedule = experimentSchedule(design);
  it('marks the first washout days after a switch of condition, and never in the first period', () => {
    expect(scheduledDay(schedule, 2, '2026-03-02')?.washout).toBe(false);
    schedule.slice(1).forEach((period, i) => {
      const switched = schedule[i]?.condition !== period.condition;
      expect(scheduledDay(schedule, 2, period.start)?.washout).toBe(switched);
      expect(scheduledDay(schedule, 2, period.end)?.washout).toBe(false);
    });
  });
  it('is undefined outside the schedule', () => {
    expect(scheduledDay(schedule, 0, '2026-03-01')).toBeUndefined();
    expect(scheduledDay(schedule, 0, '2026-04-13')).toBeUndefined();
  });
});

describe('status and pause', () => {
  const e = { startDate: '2026-03-02', endDate: '2026-04-12', stoppedAt: null };
  const urgent = {
    id: '00000000-0000-4000-8000-000000000001',
    localDate: '2026-03-10',
    level: 'urgent',
    followUp: null,
  };
  it('reads planned, running, done and stopped from the dates', () => {
    expect(experimentStatus(e, '2026-03-01', null)).toBe('planned');
    expect(experimentStatus(e, '2026-03-02', null)).toBe('running');
    expect(experimentStatus(e, '2026-04-13', null)).toBe('done');
    expect(experimentStatus({ ...e, stoppedAt: '2026-03-05T10:00:00Z' }, '2026-03-06', null)).toBe('stopped');
  });
  it('pauses on an urgent or emergency screening within its dates, until she got checked', () => {
    const pause = experimentPause([urgent], e.startDate, e.endDate);
    expect(pause).toEqual({ screeningId: urgent.id, level: 'urgent', date: '2026-03-10' });
    expect(experimentStatus(e, '2026-03-11', pause)).toBe('paused');
    expect(experimentPause([{ ...urgent, followUp: 'checked' }], e.startDate, e.endDate)).toBeNull();
    expect(experimentPause([{ ...urgent, level: 'soon' }], e.startDate, e.endDate)).toBeNull();
    expect(experimentPause([{ ...urgent, localDate: '2026-02-27' }], e.startDate, e.endDate)).toBeNull();
  });
  it('shows only past and current periods while it runs, all once over', () => {
    const schedule = experimentSchedule(design);
    expect(visibleSchedule(schedule, 'running', '2026-03-10')).toHaveLength(2);
    expect(visibleSchedule(schedule, 'planned', '2026-03-01')).toHaveLength(0);
    expect(visibleSchedule(schedule, 'stopped', '2026-03-10')).toHaveLength(6);
  });
});
