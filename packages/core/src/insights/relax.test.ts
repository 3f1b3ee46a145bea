import { describe, expect, it } from 'vitest';
import { dailySeries } from './daily.js';
import { fromFirstUse, isRelaxRoutine, RELAX_DRIVER, relaxMinutesDriver, type SessionSpan } from './relax.js';

const session = (routineId: string, localDate: string, start: string, minutes: number): SessionSpan => {
  const startedAt = new Date(`${localDate}T${start}:00+01:00`);
  return { routineId, localDate, startedAt, endedAt: new Date(startedAt.getTime() + minutes * 60_000) };
};

describe('relaxation minutes driver', () => {
  it('counts only built-in routines tagged relax', () => {
    expect(isRelaxRoutine('relax-breathing-5')).toBe(true);
    expect(isRelaxRoutine('desk-tension-release')).toBe(true);
    expect(isRelaxRoutine('morning-5')).toBe(false);
    expect(isRelaxRoutine('evening-wind-down-10')).toBe(false);
    expect(isRelaxRoutine('custom:5b1e')).toBe(false);
  });

  it('sums the minutes of relax sessions per local day, other routines left out', () => {
    const driver = relaxMinutesDriver(
      [
        session('relax-breathing-5', '2026-03-03', '08:00', 5),
        session('relax-body-scan-10', '2026-03-03', '22:00', 10.5),
        session('morning-5', '2026-03-03', '07:00', 5),
        session('desk-tension-release', '2026-03-05', '15:00', 2),
      ],
      '2026-03-03',
      '2026-03-01',
      '2026-03-06',
    );
    expect([...(driver?.values ?? [])]).toEqual([
      ['2026-03-03', 15.5],
      ['2026-03-04', 0],
      ['2026-03-05', 2],
      ['2026-03-06', 0],
    ]);
  });

  it('counts 0 only from the first day she ever played one; days before are unknown', () => {
    // First use before the range: every day of the range is known.
    const known = relaxMinutesDriver([], '2026-02-20', '2026-03-01', '2026-03-03');
    expect([...(known?.values.values() ?? [])]).toEqual([0, 0, 0]);
    // Never used, or first used after the range: no driver at all.
    expect(relaxMinutesDriver([], null, '2026-03-01', '2026-03-03')).toBeUndefined();
    expect(relaxMinutesDriver([], '2026-03-09', '2026-03-01', '2026-03-03')).toBeUndefined();
    // In the daily series the days before the first use stay unknown (NaN), never 0.
    const driver = relaxMinutesDriver(
      [session('relax-breathing-5', '2026-03-02', '08:00', 5)],
      '2026-03-02',
      '2026-03-01',
      '2026-03-03',
    );
    const series = dailySeries([], '2026-03-01', '2026-03-03', driver ? { [RELAX_DRIVER]: driver } : {});
    const values = [...(series.drivers.get(RELAX_DRIVER)?.values ?? [])];
    expect(values[0]).toBeNaN();
    expect(values.slice(1)).toEqual([5, 0]);
    expect(series.drivers.get(RELAX_DRIVER)?.kind).toBe('numeric');
  });

  it('never counts a session that ends before it starts as negative minutes', () => {
    const s = session('relax-breathing-5', '2026-03-01', '08:00', 5);
    const backwards = { ...s, endedAt: new Date(s.startedAt.getTime() - 60_000) };
    const driver = relaxMinutesDriver([backwards], '2026-03-01', '2026-03-01', '2026-03-01');
    expect(driver?.values.get('2026-03-01')).toBe(0);
  });

  it('fills from the later of the range start and the first use', () => {
    const byDay = new Map([['2026-03-02', 3]]);
    expect([...(fromFirstUse('2026-03-02', '2026-03-01', '2026-03-03', byDay)?.values ?? [])]).toEqual([
      ['2026-03-02', 3],
      ['2026-03-03', 0],
    ]);
  });
});
