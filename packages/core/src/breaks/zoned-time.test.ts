import { describe, expect, it } from 'vitest';
import {
  addLocalDays,
  isTimeZone,
  localTimeOf,
  resolveLocalTime,
  weekdayOf,
  zonedTimeToUtc,
  zoneOffsetMs,
} from './zoned-time.js';

const utc = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('zoned time', () => {
  it('knows real IANA zones and rejects made-up ones', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('America/St_Johns')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('reads the offset in winter and summer', () => {
    expect(zoneOffsetMs(utc('2026-01-15T12:00:00Z'), 'Europe/London')).toBe(0);
    expect(zoneOffsetMs(utc('2026-07-15T12:00:00Z'), 'Europe/London')).toBe(HOUR);
    expect(zoneOffsetMs(utc('2026-07-15T12:00:00Z'), 'America/St_Johns')).toBe(-2.5 * HOUR);
    expect(zoneOffsetMs(utc('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * HOUR);
  });

  it('turns a local 09:00 into the right instant on both sides of a DST change', () => {
    expect(zonedTimeToUtc('2026-03-28', '09:00', 'Europe/London')).toBe(utc('2026-03-28T09:00:00Z'));
    expect(zonedTimeToUtc('2026-03-29', '09:00', 'Europe/London')).toBe(utc('2026-03-29T08:00:00Z'));
    expect(zonedTimeToUtc('2026-11-01', '09:00', 'America/New_York')).toBe(utc('2026-11-01T14:00:00Z'));
    expect(zonedTimeToUtc('2026-10-31', '09:00', 'America/New_York')).toBe(utc('2026-10-31T13:00:00Z'));
    expect(zonedTimeToUtc('2026-04-05', '09:00', 'Australia/Sydney')).toBe(utc('2026-04-04T23:00:00Z'));
  });

  it('shifts a time the clock skips forward by the gap', () => {
    // London springs from 01:00 GMT to 02:00 BST: 01:30 doesn't exist and becomes 02:30 BST.
    expect(resolveLocalTime('2026-03-29', 90, 'Europe/London')).toEqual({
      at: utc('2026-03-29T01:30:00Z'),
      exists: false,
    });
    expect(resolveLocalTime('2026-03-08', 150, 'America/New_York')).toEqual({
      at: utc('2026-03-08T07:30:00Z'),
      exists: false,
    });
  });

  it('resolves a time the clock passes twice to its first occurrence', () => {
    // London falls back from 02:00 BST to 01:00 GMT: 01:30 happens at 00:30Z and again at 01:30Z.
    expect(resolveLocalTime('2026-10-25', 90, 'Europe/London')).toEqual({
      at: utc('2026-10-25T00:30:00Z'),
      exists: true,
    });
    expect(zonedTimeToUtc('2026-11-01', '01:30', 'America/New_York')).toBe(utc('2026-11-01T05:30:00Z'));
  });

  it('reads the local date, time and weekday of an instant across midnight', () => {
    expect(localTimeOf(utc('2026-03-01T23:30:00Z'), 'Pacific/Auckland')).toEqual({
      date: '2026-03-02',
      minutes: 12 * 60 + 30,
      weekday: 1,
    });
    expect(localTimeOf(utc('2026-03-02T02:00:00Z'), 'America/St_Johns')).toEqual({
      date: '2026-03-01',
      minutes: 22 * 60 + 30,
      weekday: 7,
    });
  });

  it('counts calendar days and weekdays', () => {
    expect(addLocalDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addLocalDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekdayOf('2026-03-02')).toBe(1);
    expect(weekdayOf('2026-03-08')).toBe(7);
  });
});
