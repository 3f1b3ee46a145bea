import type { Catalogue } from '../../i18n/catalogue.js';
import type { Locale } from '../../i18n/locales.js';
import { profileFieldReasons } from '../values.js';
import { de } from './de.js';
import { es } from './es.js';

const reasons: Record<Locale, Catalogue<typeof profileFieldReasons>> = { en: profileFieldReasons, de, es };

/** Why we ask each profile question, in her language (shown beside the field). */
export const profileFieldReasonsIn = (locale: Locale): Catalogue<typeof profileFieldReasons> =>
  reasons[locale];
