import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './days.js';

const isoDate = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('day arithmetic on calendar dates', () => {
  it('steps over month ends and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts whole days between two dates, ignoring daylight-saving changes', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-30', '2026-10-24')).toBe(-6);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });

  it('handles years before 100 without shifting them to the 1900s', () => {
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('rejects text that is not a YYYY-MM-DD date', () => {
    expect(() => daysBetween('2026-3-1', '2026-03-02')).toThrow(RangeError);
  });

  it('round-trips: adding the days between two dates leads from one to the other', () => {
    fc.assert(fc.property(isoDate, isoDate, (a, b) => addDays(a, daysBetween(a, b)) === b));
    fc.assert(
      fc.property(
        isoDate,
        fc.integer({ min: -5000, max: 5000 }),
        (d, n) => daysBetween(d, addDays(d, n)) === n,
      ),
    );
  });
});
