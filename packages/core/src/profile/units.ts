import { countryOf, defaultUnits } from '../i18n/locales.js';
import type { Profile } from './schema.js';

/** Her units for weight and waist size; stored values and the API stay in kilograms and centimetres. */
export interface Units {
  weightUnit: 'kg' | 'lb';
  lengthUnit: 'cm' | 'in';
}

/** The international pound and inch, exactly (1959 agreement). */
const KG_PER_LB = 0.45359237;
const CM_PER_IN = 2.54;

/** One decimal, as weight and waist are shown and typed. */
export const roundToTenth = (n: number) => Math.round(n * 10) / 10;

/** Kilograms in her weight unit, unrounded (round once, where it is shown). */
export const weightIn = (kg: number, unit: Units['weightUnit']) => (unit === 'lb' ? kg / KG_PER_LB : kg);
/** Her weight, typed in her unit, back in kilograms for storage. */
export const weightToKg = (value: number, unit: Units['weightUnit']) =>
  unit === 'lb' ? value * KG_PER_LB : value;
/** Centimetres in her length unit, unrounded. */
export const lengthIn = (cm: number, unit: Units['lengthUnit']) => (unit === 'in' ? cm / CM_PER_IN : cm);
/** A waist size typed in her unit, back in centimetres for storage. */
export const lengthToCm = (value: number, unit: Units['lengthUnit']) =>
  unit === 'in' ? value * CM_PER_IN : value;

/**
 * Her units: as she chose them in her profile, else what her country uses day to day, else what the region
 * of her language tag (`en-US`) suggests; kilograms and centimetres when nothing is known.
 */
export function unitsOf(
  profile: Pick<Profile, 'weightUnit' | 'lengthUnit' | 'country'>,
  languageTag?: string,
): Units {
  const fallback = defaultUnits(profile.country ?? (languageTag ? countryOf(languageTag) : undefined));
  return {
    weightUnit: profile.weightUnit ?? fallback.weightUnit,
    lengthUnit: profile.lengthUnit ?? fallback.lengthUnit,
  };
}
