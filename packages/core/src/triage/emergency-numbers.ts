/**
 * Number to call for an ambulance, by ISO 3166-1 alpha-2 country code. 112 works across the EU (and on
 * most mobiles elsewhere); where two numbers are common, the first is the one a dialler should use.
 */
export const emergencyNumbers: Readonly<Record<string, string>> = {
  GB: '999',
  IE: '112 or 999',
  US: '911',
  CA: '911',
  MX: '911',
  AU: '000',
  NZ: '111',
  ZA: '112 or 10177',
  IN: '112',
  JP: '119',
  KR: '119',
  CN: '120',
  HK: '999',
  SG: '995',
  MY: '999',
  PH: '911',
  BR: '192',
  AR: '107',
  CL: '131',
  CO: '123',
  IL: '101',
  AE: '998',
  SA: '997',
  TR: '112',
  CH: '144',
  NO: '113',
  IS: '112',
  LI: '112',
  AT: '112',
  BE: '112',
  BG: '112',
  HR: '112',
  CY: '112',
  CZ: '112',
  DK: '112',
  EE: '112',
  FI: '112',
  FR: '112 or 15',
  DE: '112',
  GR: '112',
  HU: '112',
  IT: '112',
  LV: '112',
  LT: '112',
  LU: '112',
  MT: '112',
  NL: '112',
  PL: '112',
  PT: '112',
  RO: '112',
  SK: '112',
  SI: '112',
  ES: '112',
  SE: '112',
};

export const DEFAULT_EMERGENCY_NUMBER = 'your local emergency number';

/** The number to call for an ambulance in `country`, or "your local emergency number" when unknown or unset. */
export function emergencyNumberFor(country?: string | null): string {
  const code = country?.trim().toUpperCase();
  if (!code || !Object.hasOwn(emergencyNumbers, code)) return DEFAULT_EMERGENCY_NUMBER;
  return emergencyNumbers[code] ?? DEFAULT_EMERGENCY_NUMBER;
}
