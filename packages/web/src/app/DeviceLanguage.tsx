import { type Locale, locales } from '@spinekind/core/locales';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { languageNames, showLanguage } from '../i18n/language';
import { currentLocale } from '../i18n/locale';
import { Select } from '../ui/Select';

/** Switches every screen at once, then refetches what the server wrote (advice, exercises, lessons). */
export function useSwitchLanguage() {
  const client = useQueryClient();
  return async (locale: Locale) => {
    await showLanguage(locale);
    await client.invalidateQueries();
  };
}

/**
 * The language choice on the sign-in screens: this device only, until she signs in. Each language is
 * named in itself, so she finds hers whatever is on screen.
 */
export function DeviceLanguage() {
  const { t } = useTranslation();
  const switchTo = useSwitchLanguage();
  return (
    <Select
      label={t('language.label')}
      value={currentLocale()}
      options={locales.map((l) => ({ value: l, label: languageNames[l] }))}
      onChange={(v) => void switchTo(v as Locale)}
    />
  );
}
