import type { Catalogue } from '../../i18n/catalogue.js';
import type { Locale } from '../../i18n/locales.js';
import { type Translate, translator } from '../../i18n/messages.js';
import { de, deWords } from './de.js';
import { en, enWords } from './en.js';
import { es, esWords } from './es.js';

/** The insights messages in every language (checked complete by `i18n.test.ts`). */
export const insightMessages = { en, de, es };

/** Driver names and steps per language. */
export const insightWords: Record<Locale, Catalogue<typeof enWords>> = {
  en: enWords,
  de: deWords,
  es: esWords,
};

/** The translate function of the insights sentences in one language. */
export const insightsT = (locale: Locale): Translate => translator(insightMessages, locale);

/** Her language's decimal mark: "0.5" in English, "0,5" in German and Spanish. */
export const decimal = (text: string, locale: Locale): string =>
  locale === 'en' ? text : text.replace('.', ',');
