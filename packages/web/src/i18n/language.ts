import { isLocale, type Locale, pickLocale } from '@spinekind/core/locales';
import i18next from 'i18next';
import { readSetting, writeSetting } from '../lib/device-settings';
import { loadErrorLanguage } from '../lib/error-language';
import { loadLanguage } from './lazy';

/**
 * The language on this device before she signs in: her last choice here, else the browser's languages.
 * A UI preference, not health data, so it stays after sign-out (the next person sees the same language
 * on the sign-in screen and can change it there).
 */
const CHOICE = 'spinekind.language';

export function firstLanguage(): Locale {
  // Not chosen on this device (or storage is off): the browser's languages decide.
  const chosen = readSetting(CHOICE);
  if (isLocale(chosen)) return chosen;
  return pickLocale(typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]));
}

/** Puts a language on screen at once: its copy first, then every text, `<html lang>` and the next API call. */
export async function showLanguage(locale: Locale, { remember = true } = {}): Promise<void> {
  // Error messages follow without holding up the first render (they load core's catalogue of the language).
  loadErrorLanguage(locale).catch(() => undefined);
  await loadLanguage(locale);
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
  if (!remember) return;
  // Her profile keeps it too once she is signed in.
  writeSetting(CHOICE, locale);
}

/** The names of our languages, each in itself, for the language choice. */
export const languageNames: Record<Locale, string> = { en: 'English', de: 'Deutsch', es: 'Español' };
