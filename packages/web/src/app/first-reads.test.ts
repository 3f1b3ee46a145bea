import { addLocalDays } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { todayLocal } from '../lib/dates';
import { firstReads, lastDays } from './first-reads';

// The early reads must ask exactly what the screens ask, or their answers are never taken.
describe('first reads', () => {
  const moments = [
    new Date(2026, 0, 3, 0, 5), // across a year's start
    new Date(2026, 2, 1, 23, 55), // across February's end
    new Date(2026, 2, 30, 12), // after the spring clock change in Europe
    new Date(2026, 9, 26, 1, 30), // the night of the autumn clock change
    new Date(2028, 2, 5, 9), // a leap year's March
  ];

  it.each(moments)('the last n days of %s are the days the app counts back from today', (now) => {
    const today = todayLocal(now);
    for (const days of [1, 9, 90, 182, 365, 3653])
      expect(lastDays(days, now)).toEqual({ from: addLocalDays(today, -(days - 1)), to: today });
  });

  it('Today asks her profile, her screenings and nine days of check-ins', () => {
    expect(firstReads('/', new Date(2026, 11, 7, 9))).toEqual([
      '/profile',
      '/screenings',
      '/checkins?from=2026-11-29&to=2026-12-07',
    ]);
  });

  it('History asks her first day, her screenings and 90 days; Insights six months; other screens nothing', () => {
    const now = new Date(2026, 11, 7, 9);
    expect(firstReads('/history', now)).toEqual([
      '/history/span',
      '/screenings',
      '/checkins?from=2026-09-09&to=2026-12-07',
    ]);
    expect(firstReads('/insights', now)).toEqual(['/insights?from=2026-06-09&to=2026-12-07']);
    expect(firstReads('/move', now)).toEqual([]);
  });
});
