import { describe, expect, it } from 'vitest';
import { DEFAULT_EMERGENCY_NUMBER, emergencyNumberFor, emergencyNumbers } from './emergency-numbers.js';

const euMembers = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(
  ' ',
);

describe('emergency numbers', () => {
  it('names the number for well-known countries', () => {
    expect(emergencyNumberFor('GB')).toBe('999');
    expect(emergencyNumberFor('US')).toBe('911');
    expect(emergencyNumberFor('CA')).toBe('911');
    expect(emergencyNumberFor('AU')).toBe('000');
    expect(emergencyNumberFor('NZ')).toBe('111');
    expect(emergencyNumberFor('IN')).toBe('112');
    expect(emergencyNumberFor('IE')).toBe('112 or 999');
  });

  it('knows every EU member, each reachable on 112', () => {
    for (const c of euMembers) expect(emergencyNumberFor(c), c).toMatch(/^112\b/);
  });

  it('reads the country code whatever the case and surrounding spaces', () => {
    expect(emergencyNumberFor('us')).toBe('911');
    expect(emergencyNumberFor(' gb ')).toBe('999');
  });

  it('starts every entry with a number a phone can dial, keyed by a two-letter code', () => {
    for (const [code, number] of Object.entries(emergencyNumbers)) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(number).toMatch(/^\d{3,5}\b/);
    }
  });

  it('falls back to "your local emergency number" when the country is unknown or not set', () => {
    expect(DEFAULT_EMERGENCY_NUMBER).toBe('your local emergency number');
    expect(emergencyNumberFor()).toBe(DEFAULT_EMERGENCY_NUMBER);
    expect(emergencyNumberFor(null)).toBe(DEFAULT_EMERGENCY_NUMBER);
    expect(emergencyNumberFor('')).toBe(DEFAULT_EMERGENCY_NUMBER);
    expect(emergencyNumberFor('ZZ')).toBe(DEFAULT_EMERGENCY_NUMBER);
  });

  it('does not mistake object built-ins for countries', () => {
    expect(emergencyNumberFor('constructor')).toBe(DEFAULT_EMERGENCY_NUMBER);
    expect(emergencyNumberFor('__proto__')).toBe(DEFAULT_EMERGENCY_NUMBER);
  });
});
