import { describe, expect, it } from 'vitest';
import { olderBleedingDays } from './older-days';

describe('olderBleedingDays', () => {
  it('fills an episode that ended before the recent window', () => {
    expect(olderBleedingDays([{ start: '2025-01-01', end: '2025-01-10' }], '2026-10-01')).toContainEqual({
      startDate: '2025-01-01',
      endDate: '2025-01-10',
      flow: 'light',
    });
  });

  it('keeps only the first and last day of the part inside the recent window', () => {
    const days = olderBleedingDays([{ start: '2026-09-28', end: '2026-10-04' }], '2026-10-01');
    expect(days).toEqual([
      { startDate: '2026-09-28', endDate: '2026-09-30', flow: 'light' },
      { startDate: '2026-09-28', flow: 'light' },
      { startDate: '2026-10-04', flow: 'light' },
    ]);
  });

  it('adds no filled days for an episode wholly inside the recent window', () => {
    expect(olderBleedingDays([{ start: '2026-10-02', end: '2026-10-03' }], '2026-10-01')).toEqual([
      { startDate: '2026-10-02', flow: 'light' },
      { startDate: '2026-10-03', flow: 'light' },
    ]);
  });
});
