import { describe, expect, it } from 'vitest';
import { checkinOn } from '../insights/simulate.js';
import { bodyAreaDays, countYesDays, daysLogged, exerciseAdherence, summarizeMeasure } from './summary.js';

const diary = [
  checkinOn('2026-03-01', 4, {
    sleepHours: 6,
    hotFlushes: 2,
    bodyAreas: ['neck', 'hip_left'],
    nightSweats: true,
  }),
  checkinOn('2026-03-01', 6, { sleepHours: 8, hotFlushes: 3, bodyAreas: ['neck'] }),
  checkinOn('2026-03-02', 2, { sleepHours: 5, hotFlushes: 0, bodyAreas: ['hip_left'], nightSweats: false }),
  checkinOn('2026-03-04', 3, { bodyAreas: ['hip_left'] }),
];

describe('report summary', () => {
  it('averages a score per day first, then over the days logged', () => {
    expect(summarizeMeasure(diary, 'sleepHours')).toEqual({ mean: 6, min: 5, max: 7, days: 2 });
    expect(summarizeMeasure(diary, 'pain')).toEqual({ mean: 10 / 3, min: 2, max: 5, days: 3 });
  });

  it('adds up counts within a day', () => {
    expect(summarizeMeasure(diary, 'hotFlushes', 'sum')).toEqual({ mean: 2.5, min: 0, max: 5, days: 2 });
  });

  it('says so when nothing was logged', () => {
    expect(summarizeMeasure(diary, 'mood')).toEqual({ mean: null, min: null, max: null, days: 0 });
  });

  it('counts yes-days, days logged and the days each area hurt, most often first', () => {
    expect(countYesDays(diary, 'nightSweats')).toEqual({ yes: 1, answered: 2 });
    expect(daysLogged(diary)).toBe(3);
    expect(bodyAreaDays(diary)).toEqual([
      { area: 'hip_left', days: 3 },
      { area: 'neck', days: 1 },
    ]);
  });

  it('gives sessions a week against the plan, and no plan as null', () => {
    const dates = ['2026-03-01', '2026-03-03', '2026-03-10', '2026-04-01'];
    const plan = {
      timeZone: 'Europe/London',
      entries: [
        { id: '00000000-0000-4000-8000-000000000001', routineId: 'morning-5', days: [1, 3], time: '07:30' },
      ],
      walking: { startDate: '2026-03-01', days: [6], time: '10:00' },
    };
    expect(exerciseAdherence(dates, '2026-03-01', '2026-03-14', plan)).toEqual({
      sessions: 3,
      weeks: 2,
      perWeek: 1.5,
      plannedPerWeek: 3,
    });
    expect(exerciseAdherence([], '2026-03-01', '2026-03-03').plannedPerWeek).toBeNull();
  });
});
