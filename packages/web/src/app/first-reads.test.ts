import { addLocalDays } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { todayLocal } from '../../lib/dates';
import { todayReads, todayWindow } from './today-reads';

// The early reads must ask exactly what Today asks, or their answers are never taken.
describe("Today's early reads", () => {
  const days = [
    new Date(2026, 0, 3, 0, 5), // across a year's start
    new Date(2026, 2, 1, 23, 55), // across February's end
    new Date(2026, 2, 30, 12), // after the spring clock change in Europe
    new Date(2026, 9, 26, 1, 30), // the night of the autumn clock change
    new Date(2028, 2, 5, 9), // a leap year's March
  ];

  it.each(days)('the window of %s is the last eight days and today, as the app computes them', (now) => {
    const today = todayLocal(now);
    expect(todayWindow(now)).toEqual({ from: addLocalDays(today, -8), to: today });
  });

  it('asks her profile, her screenings and the window of check-ins', () => {
    expect(todayReads(new Date(2026, 11, 7, 9))).toEqual([
      '/profile',
      '/screenings',
      '/checkins?from=2026-11-29&to=2026-12-07',
    ]);
  });
});
