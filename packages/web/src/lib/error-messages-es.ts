// core's Spanish error messages and zod's Spanish locale: one chunk, loaded when Spanish is chosen (error-language.ts).
export { errorMessagesEs as catalogue } from '@spinekind/core';
export { default as zodLocale } from 'zod/v4/locales/es.js';
