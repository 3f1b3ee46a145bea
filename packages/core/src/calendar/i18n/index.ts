import type { Locale } from '../../i18n/locales.js';
import { type Translate, translator } from '../../i18n/messages.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';

/** The calendar feed's messages in every language (checked complete by `i18n.test.ts`). */
export const calendarMessages = { en, de, es };

/** The translate function of the calendar feed's texts in one language. */
export const calendarT = (locale: Locale): Translate => translator(calendarMessages, locale);
