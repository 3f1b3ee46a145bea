import type { Locale } from '../../i18n/locales.js';
import { type Translate, translator } from '../../i18n/messages.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';

/** The bone-health programme's messages in every language (checked complete by `i18n.test.ts`). */
export const programmeMessages = { en, de, es };

/** The translate function of the programme's texts in one language. */
export const programmeT = (locale: Locale): Translate => translator(programmeMessages, locale);

/** The "never replaces your clinician's plan" note in her language. */
export const boneProgrammeNoteIn = (locale: Locale): string => programmeT(locale)('note');
