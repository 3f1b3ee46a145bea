import { describe, expect, it } from 'vitest';
import { walkingMinutesFor, walkingPlan, walkingPlanDays } from './walking-plan.js';

describe('walking plan', () => {
  it('has eight weeks rising gradually from 10 to 30 minutes', () => {
    expect(walkingPlan.map((w) => w.week)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(walkingPlan[0]?.minutesPerDay).toBe(10);
    expect(walkingPlan[7]?.minutesPerDay).toBe(30);
    for (let i = 1; i < walkingPlan.length; i++) {
      const step = (walkingPlan[i]?.minutesPerDay ?? 0) - (walkingPlan[i - 1]?.minutesPerDay ?? 0);
      expect(step).toBeGreaterThan(0);
      expect(step).toBeLessThanOrEqual(4);
      expect(walkingPlan[i]?.daysPerWeek).toBeGreaterThanOrEqual(walkingPlan[i - 1]?.daysPerWeek ?? 0);
    }
    expect(walkingPlanDays).toBe(56);
  });

  it('is week 1 on the start day and the sixth day after it', () => {
    expect(walkingMinutesFor('2026-03-02', '2026-03-02')).toEqual({ week: 1, minutes: 10 });
    expect(walkingMinutesFor('2026-03-02', '2026-03-08')).toEqual({ week: 1, minutes: 10 });
  });

  it('moves to week 2 on day 7', () => {
    expect(walkingMinutesFor('2026-03-02', '2026-03-09')).toEqual({ week: 2, minutes: 12 });
  });

  it('counts calendar days across a month end and a daylight-saving change', () => {
    // 2026-03-29 is a DST change in Europe; 28 days after 2026-03-10 is week 5
    expect(walkingMinutesFor('2026-03-10', '2026-04-07')).toEqual({ week: 5, minutes: 20 });
  });

  it('ends after week 8: the last day is day 55, day 56 has no plan', () => {
    expect(walkingMinutesFor('2026-01-01', '2026-02-25')).toEqual({ week: 8, minutes: 30 });
    expect(walkingMinutesFor('2026-01-01', '2026-02-26')).toBeNull();
  });

  it('has no plan before the start or for dates that do not exist', () => {
    expect(walkingMinutesFor('2026-03-02', '2026-03-01')).toBeNull();
    expect(walkingMinutesFor('2026-02-30', '2026-03-01')).toBeNull();
    expect(walkingMinutesFor('2026-03-02', 'tomorrow')).toBeNull();
  });
});
