import type { Locale } from '../locales.js';
import { errorMessagesDe } from './de.js';
import { errorMessagesEs } from './es.js';
import { type MessageCatalogue, messageTranslator } from './translate.js';

export { errorMessagesDe } from './de.js';
export { errorMessagesEs } from './es.js';
export * from './translate.js';

/** Error and validation messages in every language but English, keyed by their English text. */
export const errorMessages: Record<Exclude<Locale, 'en'>, MessageCatalogue> = {
  de: errorMessagesDe,
  es: errorMessagesEs,
};

/** An English error or validation message in her language; unknown (or already translated) texts stay as they are. */
export function translateMessage(english: string, locale: Locale): string {
  return locale === 'en' ? english : messageTranslator(errorMessages[locale])(english);
}
