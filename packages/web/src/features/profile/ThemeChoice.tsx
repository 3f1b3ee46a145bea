import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Choice } from '../../ui/Choice';
import { chooseTheme, storedTheme, type Theme, themes } from './theme';

/** System, Light or Dark: applied as soon as she picks it, remembered on this device. */
export function ThemeChoice() {
  const { t } = useTranslation();
  const [theme, setTheme] = useState<Theme>(storedTheme);
  return (
    <section className="card stack" aria-labelledby="theme-title">
      <h2 id="theme-title">{t('profile.appearance')}</h2>
      <Choice
        legend={t('profile.theme')}
        hint={t('profile.themeHint')}
        value={theme}
        options={themes.map((v) => ({ value: v, label: t(`profile.themes.${v}`) }))}
        onChange={(v) => {
          chooseTheme(v);
          setTheme(v);
        }}
      />
    </section>
  );
}
