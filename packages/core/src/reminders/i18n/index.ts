import type { Locale } from '../../i18n/locales.js';
import { type Translate, translator } from '../../i18n/messages.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';

/** The reminders' messages in every language (checked complete by `i18n.test.ts`). */
export const reminderMessages = { en, de, es };

/** The translate function of the reminder lines and headings in one language. */
export const reminderT = (locale: Locale): Translate => translator(reminderMessages, locale);
