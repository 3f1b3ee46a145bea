import { type Locale, locales } from '@spinekind/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { languageNames, showLanguage } from '../../i18n/language';
import { currentLocale } from '../../i18n/locale';
import { problemMessage } from '../../lib/api';
import { Select } from '../../ui/Select';
import { useToast } from '../../ui/Toast';
import { profileQuery, useProfile, useSaveProfile } from './api';

/** Switches every screen at once, then refetches what the server wrote (advice, exercises, lessons). */
function useSwitchLanguage() {
  const client = useQueryClient();
  return async (locale: Locale) => {
    await showLanguage(locale);
    await client.invalidateQueries();
  };
}

/** Profile → Language: changes every screen at once and is saved with her profile for her other devices and her report. */
export function LanguageChoice({ onSave }: { onSave?: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { data } = useProfile();
  const save = useSaveProfile();
  const switchTo = useSwitchLanguage();
  const client = useQueryClient();
  async function choose(locale: Locale) {
    await switchTo(locale);
    try {
      // Chosen before her profile had arrived: saved once it has, not dropped.
      const profile = data ?? (await client.ensureQueryData(profileQuery));
      onSave?.();
      await save.mutateAsync({ ...profile, language: locale });
    } catch (err) {
      toast(problemMessage(err, t), { tone: 'error' });
    }
  }
  return (
    <section className="card stack" aria-labelledby="language-title">
      <h2 id="language-title">{t('language.label')}</h2>
      <Select
        label={t('language.choose')}
        hint={t('language.hint')}
        value={data?.language ?? currentLocale()}
        options={locales.map((l) => ({ value: l, label: languageNames[l] }))}
        onChange={(v) => void choose(v as Locale)}
      />
    </section>
  );
}

/** Signed in, her profile's language wins over this device's: it follows her from phone to laptop. */
export function ProfileLanguage(): null {
  const { data } = useProfile();
  const switchTo = useSwitchLanguage();
  const wanted = data?.language;
  // biome-ignore lint/correctness/useExhaustiveDependencies: switchTo is a new function each render; the language decides.
  useEffect(() => {
    if (wanted && wanted !== currentLocale()) void switchTo(wanted);
  }, [wanted]);
  return null;
}
