import { describe, expect, it } from 'vitest';
import type { BreakStats } from './api';
import { weekView } from './week';

const dayOf = (iso: string) => iso.slice(0, 10);
const server: BreakStats = {
  taken: 3,
  snoozed: 1,
  skipped: 0,
  days: [
    { date: '2026-03-16', taken: 2, snoozed: 1, skipped: 0, longestSittingMinutes: 95, standMinutes: null },
    { date: '2026-03-18', taken: 1, snoozed: 0, skipped: 0, longestSittingMinutes: 50, standMinutes: null },
  ],
};

describe('weekView', () => {
  it('fills seven days from the server answer, empty days as zero', () => {
    const view = weekView(server, '2026-03-12', [], dayOf);
    expect(view.rows.map((r) => [r.date, r.taken])).toEqual([
      ['2026-03-12', 0],
      ['2026-03-13', 0],
      ['2026-03-14', 0],
      ['2026-03-15', 0],
      ['2026-03-16', 2],
      ['2026-03-17', 0],
      ['2026-03-18', 1],
    ]);
    expect(view).toMatchObject({ taken: 3, snoozed: 1, skipped: 0, waiting: 0 });
  });

  it('adds answers the server does not count yet to their day and the totals, once each', () => {
    const local = [
      { at: '2026-03-18T09:26:00.000Z', action: 'taken' as const, pending: true },
      { at: '2026-03-18T09:56:00.000Z', action: 'skipped' as const, pending: true },
      // Synced since the answer on screen: counted, but no longer waiting.
      { at: '2026-03-17T14:00:00.000Z', action: 'taken' as const },
    ];
    const view = weekView(server, '2026-03-12', local, dayOf);
    expect(view).toMatchObject({ taken: 5, snoozed: 1, skipped: 1, waiting: 2 });
    const today = view.rows.find((r) => r.date === '2026-03-18');
    expect(today).toMatchObject({ taken: 2, skipped: 1, snoozed: 0, longestSittingMinutes: 50 });
    expect(view.rows.find((r) => r.date === '2026-03-17')?.taken).toBe(1);
    // The server's answer itself is left as it was.
    expect(server.taken).toBe(3);
  });

  it('reads an older server that answers only takenByDay, and leaves unknown columns unknown', () => {
    const old: BreakStats = {
      taken: 2,
      snoozed: 0,
      skipped: 0,
      takenByDay: [{ day: '2026-03-15', taken: 2 }],
    };
    const view = weekView(old, '2026-03-12', [{ at: '2026-03-15T10:00:00Z', action: 'taken' }], dayOf);
    expect(view.rows.find((r) => r.date === '2026-03-15')).toMatchObject({ taken: 3, snoozed: null });
    expect(view.taken).toBe(3);
  });
});
