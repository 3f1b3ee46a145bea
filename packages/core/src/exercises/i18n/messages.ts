import type { Locale } from '../../i18n/locales.js';
import { type Translate, translator } from '../../i18n/messages.js';
import { en } from './en.js';
import { de } from './messages-de.js';
import { es } from './messages-es.js';

/** The exercise rules' sentences in every language (small: bundled whole). */
export const exerciseMessages = { en, de, es };

/** The exercise rules' sentences in one language. */
export const exerciseT = (locale: Locale = 'en'): Translate => translator(exerciseMessages, locale);
