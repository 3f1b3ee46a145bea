import { describe, expect, it } from 'vitest';
import { findTimeZone } from './time-zone';

const zones = [
  'America/New_York',
  'Asia/Kolkata',
  'Europe/London',
  'UTC',
  'Foo/Springfield',
  'Bar/Springfield',
];

describe('finding the time zone she typed', () => {
  it('takes an exact zone name', () => {
    expect(findTimeZone('Europe/London', zones)).toBe('Europe/London');
  });

  it('ignores case, outer spaces, and spaces written for underscores', () => {
    expect(findTimeZone('  america/new york ', zones)).toBe('America/New_York');
  });

  it('takes a city alone when one zone has it', () => {
    expect(findTimeZone('New York', zones)).toBe('America/New_York');
    expect(findTimeZone('kolkata', zones)).toBe('Asia/Kolkata');
    expect(findTimeZone('utc', zones)).toBe('UTC');
  });

  it('finds nothing for an unknown, partial, empty or ambiguous name', () => {
    expect(findTimeZone('Mars/Olympus', zones)).toBeUndefined();
    expect(findTimeZone('Lond', zones)).toBeUndefined();
    expect(findTimeZone('  ', zones)).toBeUndefined();
    expect(findTimeZone('Springfield', zones)).toBeUndefined();
  });
});
