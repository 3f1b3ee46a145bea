// core's German error messages and zod's German locale: one chunk, loaded when German is chosen (error-language.ts).
import { errorMessagesDe, messageTranslator } from '@spinekind/core';

export { default as zodLocale } from 'zod/v4/locales/de.js';
/** Our English messages in German. */
export const translator = messageTranslator(errorMessagesDe);
