import type { Locale, MessageTranslator } from '@spinekind/core';
import { config } from 'zod';

/**
 * Error and validation messages in the language on screen. zod's own messages (a parse in the browser)
 * come from the locale zod ships, set as its global config (the `jitless` flag set by zod-jitless.ts
 * stays: `config` merges). Our English messages (a schema's own text, an older server's answer) are
 * translated by core's catalogue of that language. Both load only when a language is chosen, so the
 * first page downloads neither.
 */
const catalogues = {
  de: () => import('./error-messages-de'),
  es: () => import('./error-messages-es'),
};
/** zod's English messages, installed by zod itself when it loads (importing them again would add a first-load chunk). */
const englishZod = config().localeError;

const asIs: MessageTranslator = (message) => message;
let translate = asIs;
let latest = 0;

/** Switches zod's messages and our message catalogue to `locale` (the last call wins if two overlap). */
export async function loadErrorLanguage(locale: Locale): Promise<void> {
  const call = ++latest;
  if (locale === 'en') {
    config({ localeError: englishZod });
    translate = asIs;
    return;
  }
  const { translator, zodLocale } = await catalogues[locale]();
  if (call !== latest) return;
  config(zodLocale());
  translate = translator;
}

/** An error or validation message in the language on screen; a text already in it stays as it is. */
export const inErrorLanguage = (message: string): string => translate(message);
