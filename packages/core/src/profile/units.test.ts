import { describe, expect, it } from 'vitest';
import { lengthIn, lengthToCm, roundToTenth, unitsOf, weightIn, weightToKg } from './units.js';

describe('weight and waist units', () => {
  it('converts kilograms to pounds and back, to one decimal where shown', () => {
    expect(roundToTenth(weightIn(70, 'lb'))).toBe(154.3);
    expect(roundToTenth(weightIn(70, 'kg'))).toBe(70);
    expect(weightToKg(154.3, 'lb')).toBeCloseTo(69.989, 3);
    expect(weightToKg(1, 'lb')).toBe(0.45359237);
    expect(weightToKg(70, 'kg')).toBe(70);
  });

  it('converts centimetres to inches and back', () => {
    expect(roundToTenth(lengthIn(88, 'in'))).toBe(34.6);
    expect(lengthIn(88, 'cm')).toBe(88);
    expect(lengthToCm(10, 'in')).toBeCloseTo(25.4, 10);
    expect(lengthToCm(88, 'cm')).toBe(88);
  });

  it('rounds halves up and keeps whole numbers whole', () => {
    expect(roundToTenth(12.25)).toBe(12.3);
    expect(roundToTenth(12.24)).toBe(12.2);
    expect(roundToTenth(80)).toBe(80);
  });

  it('takes her chosen units first, then her country, then her language tag, then metric', () => {
    expect(unitsOf({ weightUnit: 'kg', lengthUnit: 'in', country: 'US' })).toEqual({
      weightUnit: 'kg',
      lengthUnit: 'in',
    });
    expect(unitsOf({ country: 'US' })).toEqual({ weightUnit: 'lb', lengthUnit: 'in' });
    expect(unitsOf({ country: 'DE' }, 'en-US')).toEqual({ weightUnit: 'kg', lengthUnit: 'cm' });
    expect(unitsOf({ country: null }, 'en-US')).toEqual({ weightUnit: 'lb', lengthUnit: 'in' });
    expect(unitsOf({}, 'es')).toEqual({ weightUnit: 'kg', lengthUnit: 'cm' });
    expect(unitsOf({ weightUnit: 'lb' })).toEqual({ weightUnit: 'lb', lengthUnit: 'cm' });
  });
});
