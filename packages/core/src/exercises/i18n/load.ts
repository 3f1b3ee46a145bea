import type { Locale } from '../../i18n/locales.js';
import { type LocalizedLibrary, localizeLibrary } from './localize.js';

/**
 * The library in one language, its translation fetched only when asked for: the web app's way in,
 * so English readers never download German or Spanish exercises (and nobody downloads both).
 */
export async function loadLibrary(locale: Locale): Promise<LocalizedLibrary> {
  if (locale === 'de') return localizeLibrary((await import('./de.js')).de);
  if (locale === 'es') return localizeLibrary((await import('./es.js')).es);
  return localizeLibrary(undefined);
}
