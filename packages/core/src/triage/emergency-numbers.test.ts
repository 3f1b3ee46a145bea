import { describe, expect, it } from 'vitest';
import { DEFAULT_EMERGENCY_NUMBER, emergencyNumberFor } from './emergency-numbers.js';

describe('emergency numbers', () => {
  it('names the number for known countries, whatever the case', () => {
    expect(emergencyNumberFor('GB')).toBe('999');
    expect(emergencyNumberFor('us')).toBe('911');
    expect(emergencyNumberFor('AU')).toBe('000');
    expect(emergencyNumberFor('NZ')).toBe('111');
    expect(emergencyNumberFor('DE')).toBe('112');
  });
  it('falls back to a plain phrase when the country is unknown or not set', () => {
    expect(emergencyNumberFor(undefined)).toBe(DEFAULT_EMERGENCY_NUMBER);
    expect(emergencyNumberFor('ZZ')).toBe('your local emergency number');
  });
});
