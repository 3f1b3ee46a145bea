import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWithOffset, localDateOf, offsetMinutesOf } from './dates.js';

describe('dates', () => {
  it('reads the offset of an instant', () => {
    expect(offsetMinutesOf('2026-03-14T08:30:00Z')).toBe(0);
    expect(offsetMinutesOf('2026-03-14T08:30:00+01:00')).toBe(60);
    expect(offsetMinutesOf('2026-03-14T08:30:00-05:30')).toBe(-330);
  });

  it('takes the local date where the check-in was recorded, not the UTC date', () => {
    expect(localDateOf('2026-03-14T23:30:00-04:00')).toBe('2026-03-14');
    expect(localDateOf('2026-03-15T00:30:00+13:00')).toBe('2026-03-15');
  });

  it('round-trips any instant and offset through formatWithOffset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (ms, offset) => {
          const text = formatWithOffset(ms, offset);
          return (
            Date.parse(text) === ms &&
            offsetMinutesOf(text) === offset &&
            localDateOf(text) === text.slice(0, 10)
          );
        },
      ),
    );
  });
});
