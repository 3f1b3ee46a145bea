import type { Locale, MessageTranslator } from '@spinekind/core';
import { zodConfig } from './zod-config';

/**
 * Error and validation messages in the language on screen. zod's own messages (a parse in the browser)
 * come from the locale zod ships, set in its global config (lib/zod-config.ts: the `jitless` flag set by
 * zod-jitless.ts stays, the config merges). Our English messages (a schema's own text, an older server's
 * answer) are translated by core's catalogue of that language. Both load only when a language is chosen,
 * so the first page downloads neither, nor zod.
 */
const catalogues = {
  de: () => import('./error-messages-de'),
  es: () => import('./error-messages-es'),
};
/** zod's English messages, asked for only when she comes back to English (zod installs them by itself). */
const englishZod = () => import('zod/v4/locales/en.js').then((m) => m.default());

const asIs: MessageTranslator = (message) => message;
let translate = asIs;
let latest = 0;
/** Whether zod's messages were switched away from English (so going back needs them). */
let changed = false;

/** Switches zod's messages and our message catalogue to `locale` (the last call wins if two overlap). */
export async function loadErrorLanguage(locale: Locale): Promise<void> {
  const call = ++latest;
  if (locale === 'en') {
    translate = asIs;
    if (changed) {
      const english = await englishZod();
      if (call === latest) zodConfig(english);
    }
    return;
  }
  const { translator, zodLocale } = await catalogues[locale]();
  if (call !== latest) return;
  zodConfig(zodLocale());
  changed = true;
  translate = translator;
}

/** An error or validation message in the language on screen; a text already in it stays as it is. */
export const inErrorLanguage = (message: string): string => translate(message);
