import {
  boneHealthValues,
  hrtRegimens,
  menopausalSelfReports,
  type Profile,
  pickLocale,
  profileFieldReasonsIn,
  profileSchema,
  vertebralFractureAnswers,
} from '@spinekind/core';
import i18next from 'i18next';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isConflict } from '../../lib/api';
import { useFormSubmit } from '../../lib/form';
import { localeOf } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Choice } from '../../ui/Choice';
import { Field } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { Select } from '../../ui/Select';
import { useToast } from '../../ui/Toast';
import { YesNo } from '../../ui/YesNo';
import { unitsOf } from '../checkins/form/state';
import { useProfile, useSaveProfile } from './api';
import { LanguageChoice } from './LanguageChoice';
import { ThemeChoice } from './ThemeChoice';

/** The countries she can choose: their names come from the browser in her language (Intl.DisplayNames). */
const countries = [
  'GB',
  'IE',
  'US',
  'CA',
  'AU',
  'NZ',
  'DE',
  'AT',
  'CH',
  'ES',
  'MX',
  'AR',
  'FR',
  'IT',
  'NL',
  'SE',
  'NO',
  'DK',
  'IN',
  'ZA',
];
const yesNoFields = [
  'hormonalContraception',
  'hrt',
  'uterusRemoved',
  'ovariesRemoved',
  'longTermSteroids',
  'cancerHistory',
  'immunosuppressed',
] as const;

/** Bone facts the bone-health programme reads (whether impact work is offered). */
const boneFractureFields = ['fractureAfter50', 'fractureLastYear', 'clinicianClearedImpact'] as const;

/** A country's name in the language on screen ("Deutschland", "Alemania"). */
function countryName(code: string): string {
  return new Intl.DisplayNames([localeOf(i18next.language)], { type: 'region' }).of(code) ?? code;
}

/** The profile: every field optional, each with the reason we ask. */
export function Component() {
  const { t, i18n } = useTranslation();
  const reasons = profileFieldReasonsIn(pickLocale([i18n.language ?? 'en']));
  const toast = useToast();
  const { data } = useProfile();
  const save = useSaveProfile();
  // Her changes not yet saved; `undefined` while the form shows the server's copy. A late answer (the page
  // opened on a slow line, a refetch) never replaces what she has typed: only a save does, or a refusal
  // because another device changed it (then the form shows that latest copy, as the message says).
  const [edits, setEdits] = useState<Profile>();
  const p: Profile = edits ?? data ?? {};
  const { errors, submit: submitWith } = useFormSubmit();
  // Her language, saved on its own above the form, joins her unsaved answers.
  const languageSaved = useRef(false);
  useEffect(() => {
    if (!data || !languageSaved.current) return;
    languageSaved.current = false;
    setEdits((x) => x && { ...x, language: data.language });
  }, [data]);
  const set = <K extends keyof Profile>(k: K, v: Profile[K]) =>
    setEdits((x) => ({ ...(x ?? data ?? {}), [k]: v }));
  const why = (k: keyof Profile) => `${t('profile.why')} ${reasons[k]}`;
  /** An answer she may leave unset: "Not set" first, then each value in the words of `words`. */
  const optional = (
    k: 'country' | 'menopausalSelfReport' | 'boneHealth' | 'vertebralFracture',
    values: readonly string[],
    words: (value: string) => string,
  ) => (
    <Select
      label={t(`profile.${k}`)}
      hint={why(k)}
      value={p[k] ?? ''}
      onChange={(v) => set(k, (v || null) as Profile[typeof k])}
      options={[
        { value: '', label: t('profile.notSet') },
        ...values.map((v) => ({ value: v, label: words(v) })),
      ]}
    />
  );
  const yesNo = (k: (typeof yesNoFields)[number] | (typeof boneFractureFields)[number]) => (
    <YesNo key={k} legend={t(`profile.${k}`)} hint={why(k)} value={p[k]} onChange={(v) => set(k, v)} />
  );

  async function submit(e: FormEvent) {
    const saved = (profile: Profile) =>
      save.mutateAsync(profile).then(
        () => setEdits(undefined),
        (err: unknown) => {
          // useSaveProfile has fetched the latest copy by now: the form shows it.
          if (isConflict(err)) setEdits(undefined);
          throw err;
        },
      );
    if (await submitWith(e, profileSchema, p, saved)) toast(t('profile.saved'));
  }

  return (
    <Page title={t('profile.title')} back={{ to: '/more', label: t('nav.more') }}>
      <p>{t('profile.intro')}</p>
      <LanguageChoice
        onSave={() => {
          languageSaved.current = true;
        }}
      />
      <ThemeChoice />
      <form className="stack" onSubmit={submit} noValidate>
        <section className="card stack">
          <h2>{t('profile.about')}</h2>
          <Field
            label={t('profile.birthYear')}
            hint={why('birthYear')}
            type="number"
            inputMode="numeric"
            value={p.birthYear ?? ''}
            onChange={(e) => set('birthYear', e.target.value ? Number(e.target.value) : null)}
            error={errors.birthYear}
          />
          {optional('country', countries, countryName)}
          <Select
            label={t('profile.weightUnit')}
            hint={why('weightUnit')}
            value={p.weightUnit ?? unitsOf(p).weight}
            onChange={(v) => set('weightUnit', v as Profile['weightUnit'])}
            options={[
              { value: 'kg', label: 'kg' },
              { value: 'lb', label: 'lb' },
            ]}
          />
          <Select
            label={t('profile.lengthUnit')}
            hint={why('lengthUnit')}
            value={p.lengthUnit ?? unitsOf(p).length}
            onChange={(v) => set('lengthUnit', v as Profile['lengthUnit'])}
            options={[
              { value: 'cm', label: 'cm' },
              { value: 'in', label: 'in' },
            ]}
          />
        </section>
        <section className="card stack">
          <h2>{t('profile.periods')}</h2>
          {optional('menopausalSelfReport', menopausalSelfReports, (m) => t(`profile.selfReport.${m}`))}
          {yesNoFields.map(yesNo)}
          {p.hrt && (
            <>
              <Field
                label={t('profile.hrtStartDate')}
                hint={why('hrtStartDate')}
                type="date"
                value={p.hrtStartDate ?? ''}
                onChange={(e) => set('hrtStartDate', e.target.value || null)}
                error={errors.hrtStartDate}
              />
              <Choice
                legend={t('profile.hrtRegimen')}
                hint={why('hrtRegimen')}
                value={p.hrtRegimen}
                options={hrtRegimens.map((r) => ({ value: r, label: t(`profile.regimen.${r}`) }))}
                onChange={(v) => set('hrtRegimen', v)}
              />
              <Field
                label={t('profile.hrtChangeDate')}
                hint={`${why('hrtChangeDate')} ${t('profile.hrtChangeDateHint')}`}
                type="date"
                value={p.hrtChangeDate ?? ''}
                onChange={(e) => set('hrtChangeDate', e.target.value || null)}
                error={errors.hrtChangeDate}
              />
            </>
          )}
          {optional('boneHealth', boneHealthValues, (b) => t(`profile.bone.${b}`))}
          {optional('vertebralFracture', vertebralFractureAnswers, (b) => t(`profile.spine.${b}`))}
          {boneFractureFields.map(yesNo)}
        </section>
        <section className="card stack">
          <h2>{t('profile.questionnaires')}</h2>
          <YesNo
            legend={t('profile.moodQuestionnaires')}
            hint={why('moodQuestionnaires')}
            value={p.moodQuestionnaires}
            onChange={(v) => set('moodQuestionnaires', v)}
          />
        </section>
        <div className="save-bar">
          <Button type="submit" variant="primary" wide disabled={save.isPending}>
            {t('profile.save')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
