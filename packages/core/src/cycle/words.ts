import type { Locale } from '../i18n/locales.js';

/** "Your last 3 cycles were 26 to 31 days long", or "… were all 28 days long" when they were the same. */
export function lastCyclesSentence(lengths: readonly number[]): string {
  const shortest = Math.min(...lengths);
  const longest = Math.max(...lengths);
  const span = shortest === longest ? `all ${shortest}` : `${shortest} to ${longest}`;
  return `Your last ${lengths.length} cycles were ${span} days long`;
}

const dateLocales: Record<Locale, string> = { en: 'en-GB', de: 'de-DE', es: 'es-ES' };

/** A calendar date as people write it in the app's copy: "22 December", "22. Dezember", "22 de diciembre". */
export function dayAndMonth(date: string, locale: Locale = 'en'): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(dateLocales[locale], {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
}
