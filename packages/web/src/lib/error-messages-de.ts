// core's German error messages and zod's German locale: one chunk, loaded when German is chosen (error-language.ts).
export { errorMessagesDe as catalogue } from '@spinekind/core';
export { default as zodLocale } from 'zod/v4/locales/de.js';
