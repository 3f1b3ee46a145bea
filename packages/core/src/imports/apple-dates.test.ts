import { describe, expect, it } from 'vitest';
import { dateOfDay, dayOfWallMs, parseAppleDate } from './apple-dates.js';

describe('parseAppleDate', () => {
  it('reads the local date and the instant from an Apple export date', () => {
    const d = parseAppleDate('2024-01-15 23:30:00 +0100');
    expect(dateOfDay(d?.day ?? 0)).toBe('2024-01-15');
    expect(new Date(d?.epochMs ?? 0).toISOString()).toBe('2024-01-15T22:30:00.000Z');
    expect(dayOfWallMs(d?.wallMs ?? 0)).toBe(d?.day);
  });

  it('handles negative offsets and ISO-style dates', () => {
    expect(new Date(parseAppleDate('2024-03-10 01:00:00 -0530')?.epochMs ?? 0).toISOString()).toBe(
      '2024-03-10T06:30:00.000Z',
    );
    expect(dateOfDay(parseAppleDate('2024-03-10T01:00:00Z')?.day ?? 0)).toBe('2024-03-10');
  });

  it('rejects dates that do not exist or are not dates', () => {
    expect(parseAppleDate('2024-02-30 10:00:00 +0000')).toBeUndefined();
    expect(parseAppleDate('2024-13-01 10:00:00 +0000')).toBeUndefined();
    expect(parseAppleDate('yesterday')).toBeUndefined();
    expect(parseAppleDate(undefined)).toBeUndefined();
  });
});
