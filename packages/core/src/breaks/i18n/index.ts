import type { Locale } from '../../i18n/locales.js';
import { type Translate, translator } from '../../i18n/messages.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';

/** The break reminders' messages in every language (checked complete by `i18n.test.ts`). */
export const breakMessages = { en, de, es };

/** The translate function of the break notifications in one language. */
export const breakT = (locale: Locale): Translate => translator(breakMessages, locale);
