import type { Locale } from '../locales.js';
import { deSchemas } from './de-schemas.js';
import { deServer } from './de-server.js';
import { esSchemas } from './es-schemas.js';
import { esServer } from './es-server.js';
import { type MessageCatalogue, messageTranslator } from './translate.js';

export * from './translate.js';

/** Error and validation messages in every language but English, keyed by their English text. */
export const errorMessages: Record<Exclude<Locale, 'en'>, MessageCatalogue> = {
  de: { ...deSchemas, ...deServer },
  es: { ...esSchemas, ...esServer },
};

/** An English error or validation message in her language; unknown (or already translated) texts stay as they are. */
export function translateMessage(english: string, locale: Locale): string {
  return locale === 'en' ? english : messageTranslator(errorMessages[locale])(english);
}
