import type { Locale } from '../../i18n/locales.js';
import { type Translate, translator } from '../../i18n/messages.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';

/** The cycle explanations in every language (checked complete by `i18n.test.ts`). */
export const cycleMessages = { en, de, es };

/** The translate function of the cycle explanations in one language. */
export const cycleT = (locale: Locale): Translate => translator(cycleMessages, locale);
