import { type Locale, pickLocale } from '@spinekind/core/locales';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';

/** A language tag as one of ours ('de-AT' → 'de', 'es-419' → 'es'; anything else → English). */
export const localeOfLanguage = (language: string | undefined): Locale => pickLocale([language ?? 'en']);

/** The language on screen as one of ours, outside React. */
export const currentLocale = (): Locale => localeOfLanguage(i18next.language);

/** The language on screen as one of ours; the component renders again when it changes. */
export function useLocale(): Locale {
  return localeOfLanguage(useTranslation().i18n.language);
}
