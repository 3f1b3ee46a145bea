import { type Locale, locales } from '@spinekind/core/locales';
import { useTranslation } from 'react-i18next';
import { languageNames, showLanguage } from '../i18n/language';
import { currentLocale } from '../i18n/locale';
import { Select } from '../ui/Select';

/**
 * The language choice on the sign-in screens: this device only, until she signs in. Each language is
 * named in itself, so she finds hers whatever is on screen. Nothing the server wrote is held here to be
 * asked again (a sign-out forgets it); signed in, her profile's language wins (profile/LanguageChoice.tsx).
 */
export function DeviceLanguage() {
  const { t } = useTranslation();
  return (
    <Select
      label={t('language.label')}
      value={currentLocale()}
      options={locales.map((l) => ({ value: l, label: languageNames[l] }))}
      onChange={(v) => void showLanguage(v as Locale)}
    />
  );
}
