import { type Locale, type LocalizedLibrary, loadLibrary, localizeLibrary } from '@spinekind/core';
import { useEffect, useState } from 'react';
import { currentLocale, useLocale } from '../../i18n/locale';

/** The built-in exercises and routines as written (English), there at once. */
export const englishCatalogue: LocalizedLibrary = localizeLibrary(undefined);

const loaded = new Map<Locale, LocalizedLibrary>([['en', englishCatalogue]]);
const loading = new Map<Locale, Promise<LocalizedLibrary>>();

/** Fetches a language's exercise texts once (its own chunk, precached by the service worker). */
function load(locale: Locale): Promise<LocalizedLibrary> {
  let promise = loading.get(locale);
  if (!promise) {
    promise = loadLibrary(locale).then((library) => {
      loaded.set(locale, library);
      return library;
    });
    loading.set(locale, promise);
  }
  return promise;
}

// Start on the way in to Move, so the texts are usually there by the first render.
void load(currentLocale()).catch(() => undefined);

/**
 * The built-in library in the language she reads the app in: English until a German or Spanish
 * translation has arrived (a moment on the first visit), then that. Her own exercises are hers and
 * never translated (`lookup` adds them).
 */
export function useCatalogue(): LocalizedLibrary {
  const locale = useLocale();
  const [, arrived] = useState(0);
  useEffect(() => {
    if (loaded.has(locale)) return;
    let current = true;
    load(locale)
      .then(() => current && arrived((n) => n + 1))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [locale]);
  return loaded.get(locale) ?? englishCatalogue;
}
