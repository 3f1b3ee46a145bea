import type { Locale } from '@spinekind/core/locales';
import { useEffect, useState } from 'react';
import { useLocale } from './locale';

/** Texts that arrive in her language from a chunk of their own: English at once, hers once it has loaded. */
export interface InLanguage<T> {
  /** Her language's texts, fetched once; a failed chunk (offline, a new deploy) may be asked for again. */
  load(locale: Locale): Promise<T>;
  /** The texts already here for a language, or undefined while its chunk has not arrived. */
  ready(locale: Locale): T | undefined;
  readonly english: T;
}

/**
 * One language's texts per chunk (the service worker precaches them, so they load offline too), kept
 * out of the first load in English. Used for the exercise library, the safety texts and the lessons.
 */
export function inLanguage<T>(
  english: T,
  fetch: (locale: Exclude<Locale, 'en'>) => Promise<T>,
): InLanguage<T> {
  const loaded = new Map<Locale, T>([['en', english]]);
  const loading = new Map<Locale, Promise<T>>();

  function load(locale: Locale): Promise<T> {
    const done = loaded.get(locale);
    if (done !== undefined) return Promise.resolve(done);
    let pending = loading.get(locale);
    if (!pending) {
      pending = fetch(locale as Exclude<Locale, 'en'>).then((texts) => {
        loaded.set(locale, texts);
        return texts;
      });
      pending.catch(() => loading.delete(locale));
      loading.set(locale, pending);
    }
    return pending;
  }

  return { load, ready: (locale) => loaded.get(locale), english };
}

/** In a component: the texts in the language on screen, English until hers have arrived (never nothing). */
export function useInLanguage<T>(texts: InLanguage<T>): T {
  const locale = useLocale();
  const [, arrived] = useState(0);
  useEffect(() => {
    if (texts.ready(locale) !== undefined) return;
    let current = true;
    texts.load(locale).then(
      () => current && arrived((n) => n + 1),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [texts, locale]);
  return texts.ready(locale) ?? texts.english;
}
