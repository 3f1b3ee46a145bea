import type { Locale } from '../i18n/locales.js';
import type { CountryHelp, HelpService } from './country-help-types.js';
import { crisisLines } from './crisis-lines.js';
import { urgentCareRoutes } from './urgent-care.js';

export * from './country-help-types.js';
export { crisisLines } from './crisis-lines.js';
export { urgentCareRoutes } from './urgent-care.js';

/** The country a woman reading this language most likely lives in, used only when she set none. */
export const likelyCountryOfLocale: Record<Locale, string> = { en: 'GB', de: 'DE', es: 'ES' };

/** Countries with both a checked urgent-care route and checked crisis lines. */
export const helpCountries: readonly string[] = Object.keys(urgentCareRoutes).filter((c) =>
  Object.hasOwn(crisisLines, c),
);

/**
 * Where to go and whom to call where she lives: her profile's country; only when she set none, the
 * likely country of her language. A country she set that we have no checked data for gives nothing
 * (never another country's numbers); the app then says "your local emergency number".
 */
export function countryHelpFor(country: string | null | undefined, locale: Locale): CountryHelp | undefined {
  const set = country?.trim().toUpperCase();
  const code = set || likelyCountryOfLocale[locale];
  if (!helpCountries.includes(code)) return undefined;
  return {
    country: code,
    urgentCare: urgentCareRoutes[code] as CountryHelp['urgentCare'],
    crisisLines: crisisLines[code] as CountryHelp['crisisLines'],
  };
}

/** The digits a phone dials for a service number ("0800 111 0 111" → "08001110111"). */
export const dialable = (service: HelpService): string | undefined =>
  service.number?.replace(/[^\d+]/g, '') || undefined;
