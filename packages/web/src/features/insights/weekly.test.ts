import { describe, expect, it } from 'vitest';
import { compareWeeks } from './weekly';

const TODAY = '2026-05-14';
const on = (localDate: string, pain: number) => ({ localDate, pain });

describe('compareWeeks', () => {
  it('compares the mean of daily means of the last 7 days with the 7 before', () => {
    const checkins = [
      // This week (8–14 May): 13 May has two entries, averaged to 5.
      on('2026-05-14', 2),
      on('2026-05-13', 4),
      on('2026-05-13', 6),
      on('2026-05-10', 2),
      // Last week (1–7 May).
      on('2026-05-07', 6),
      on('2026-05-05', 6),
      on('2026-05-01', 6),
      // Older: ignored.
      on('2026-04-30', 10),
    ];
    const r = compareWeeks(checkins, TODAY);
    expect(r.thisWeek).toEqual({
      days: 3,
      mean: 3,
      best: { day: '2026-05-14', pain: 2 },
      worst: { day: '2026-05-13', pain: 5 },
    });
    expect(r.lastWeek.days).toBe(3);
    expect(r.lastWeek.mean).toBe(6);
    expect(r.change).toBe(-3);
  });

  it('does not compare a week with fewer than 3 days logged', () => {
    const r = compareWeeks([on('2026-05-14', 2), on('2026-05-13', 3), on('2026-05-07', 6)], TODAY);
    expect(r.thisWeek.days).toBe(2);
    expect(r.change).toBeNull();
  });

  it('has nothing to summarise without check-ins', () => {
    expect(compareWeeks([], TODAY).thisWeek).toEqual({ days: 0, mean: null, best: null, worst: null });
  });
});
