import type { Locale } from '../i18n/locales.js';
import { cycleT } from './i18n/index.js';

/** "Your last 3 cycles were 26 to 31 days long", or "… were all 28 days long" when they were the same. */
export function lastCyclesSentence(lengths: readonly number[], locale: Locale = 'en'): string {
  const t = cycleT(locale);
  const shortest = Math.min(...lengths);
  const longest = Math.max(...lengths);
  const count = lengths.length;
  return shortest === longest
    ? t('lastCyclesSame', { count, length: shortest })
    : t('lastCycles', { count, shortest, longest });
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
