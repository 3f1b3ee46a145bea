import { type LocalizedLibrary, loadLibrary, localizeLibrary } from '@spinekind/core';
import type { Locale } from '@spinekind/core/locales';
import { inLanguage, useInLanguage } from '../../i18n/in-language';
import { currentLocale } from '../../i18n/locale';

/** The built-in exercises and routines as written (English), there at once. */
export const englishCatalogue: LocalizedLibrary = localizeLibrary(undefined);

const catalogue = inLanguage(englishCatalogue, loadLibrary);

// Start on the way in to Move, so the texts are usually there by the first render.
void catalogue.load(currentLocale()).catch(() => undefined);

/** The built-in library in `locale`, English if her language's chunk cannot come (offline on a first visit). */
export const loadCatalogue = (locale: Locale): Promise<LocalizedLibrary> =>
  catalogue.load(locale).catch(() => englishCatalogue);

/**
 * The built-in library in the language she reads the app in: English until a German or Spanish
 * translation has arrived (a moment on the first visit), then that. Her own exercises are hers and
 * never translated (`lookup` adds them).
 */
export const useCatalogue = (): LocalizedLibrary => useInLanguage(catalogue);
