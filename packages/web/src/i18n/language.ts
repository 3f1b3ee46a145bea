import { isLocale, type Locale, pickLocale } from '@spinekind/core/locales';
import i18next from 'i18next';
import { loadErrorLanguage } from '../lib/error-language';
import { loadLanguage } from './lazy';

/**
 * The language on this device before she signs in: her last choice here, else the browser's languages.
 * A UI preference, not health data, so it stays after sign-out (the next person sees the same language
 * on the sign-in screen and can change it there).
 */
const CHOICE = 'spinekind.language';

export function firstLanguage(): Locale {
  try {
    const chosen = localStorage.getItem(CHOICE);
    if (isLocale(chosen)) return chosen;
  } catch {
    // Storage may be off (private mode): the browser's languages decide.
  }
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
  try {
    localStorage.setItem(CHOICE, locale);
  } catch {
    // Without storage the choice lasts this visit (and her profile keeps it once she is signed in).
  }
}

/** The names of our languages, each in itself, for the language choice. */
export const languageNames: Record<Locale, string> = { en: 'English', de: 'Deutsch', es: 'Español' };
