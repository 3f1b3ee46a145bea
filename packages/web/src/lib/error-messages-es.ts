// core's Spanish error messages and zod's Spanish locale: one chunk, loaded when Spanish is chosen (error-language.ts).
import { errorMessagesEs, messageTranslator } from '@spinekind/core';

export { default as zodLocale } from 'zod/v4/locales/es.js';
/** Our English messages in Spanish. */
export const translator = messageTranslator(errorMessagesEs);
