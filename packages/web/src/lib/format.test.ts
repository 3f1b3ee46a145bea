import { describe, expect, it } from 'vitest';
import { formatDay, formatDayRange, formatMoment, formatTime, localeOf } from './format';

describe('one date and time style', () => {
  it('writes calendar days the British way, whatever the device zone', () => {
    expect(formatDay('2026-08-04')).toBe('4 Aug 2026');
    expect(formatDay('2026-11-30', 'weekday')).toBe('Mon 30 Nov');
    expect(formatDay('2026-10-26', 'month')).toBe('Oct 2026');
    expect(formatDay('2026-11-30', 'dayMonth')).toBe('30 Nov');
  });

  it('says the year once in a range within one year', () => {
    expect(formatDayRange('2026-08-04', '2026-08-09')).toMatch(/^4\s–\s9 Aug 2026$/u);
    expect(formatDayRange('2025-12-28', '2026-01-03')).toMatch(/^28 Dec 2025\s–\s3 Jan 2026$/u);
    expect(formatDayRange('2026-08-04', '2026-08-04')).toBe('4 Aug 2026');
  });

  it('writes clock times on 24 hours', () => {
    const at = new Date(2026, 10, 13, 9, 25);
    expect(formatTime(at)).toBe('09:25');
  });

  it('writes a moment with its day and clock, or its day alone', () => {
    const at = new Date(2026, 7, 4, 9, 25);
    expect(formatMoment(at)).toBe('4 Aug 2026, 09:25');
    expect(formatMoment(at, { time: false })).toBe('4 Aug 2026');
  });

  it('leaves what is not a date as it is', () => {
    expect(formatDay('not a date')).toBe('not a date');
  });

  it('maps English to British English', () => {
    expect(localeOf('en')).toBe('en-GB');
    expect(localeOf('en-US')).toBe('en-GB');
  });
});
