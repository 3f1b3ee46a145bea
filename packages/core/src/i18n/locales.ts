/**
 * The languages Spinekind speaks, English first (the language every text is written in). No zod here:
 * the web's first load reads this file (`@spinekind/core/locales`), and zod is not part of it.
 */
export const locales = ['en', 'de', 'es'] as const;
export type Locale = (typeof locales)[number];

export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);

/** The language part of a tag: 'de-AT' → 'de', 'es_419' → 'es'. */
const languageOf = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';

/** The first of her preferred languages (browser order) that we have, else English. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = languageOf(tag);
    if (isLocale(language)) return language;
  }
  return 'en';
}

/** The country of a language tag ('de-AT' → 'AT', 'es-419' → undefined: a region, not a country). */
export function countryOf(tag: string): string | undefined {
  const region = tag.trim().split(/[-_]/)[1]?.toUpperCase();
  return region && /^[A-Z]{2}$/.test(region) ? region : undefined;
}

/** Countries that weigh in pounds and measure in inches day to day. */
const imperialCountries = new Set(['US', 'LR', 'MM']);

/** The units a woman in this country most likely reads: lb/in in the US, kg/cm elsewhere. */
export function defaultUnits(country: string | null | undefined): {
  weightUnit: 'kg' | 'lb';
  lengthUnit: 'cm' | 'in';
} {
  return country && imperialCountries.has(country)
    ? { weightUnit: 'lb', lengthUnit: 'in' }
    : { weightUnit: 'kg', lengthUnit: 'cm' };
}
