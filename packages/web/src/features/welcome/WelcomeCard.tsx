import { boneHealthValues, menopausalSelfReports, type Profile } from '@spinekind/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormSubmit } from '../../lib/form';
import { formSchemas, preloadFormSchemas } from '../../lib/schemas';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Select } from '../../ui/Select';
import { useToast } from '../../ui/Toast';
import { useSaveProfile } from '../profile/api';
import './welcome.css';

type Answers = Pick<Profile, 'birthYear' | 'boneHealth' | 'menopausalSelfReport'>;

/**
 * A new account's first visit: the three profile facts that change the app (age, bones, periods), saved
 * like the profile page saves them, and the safety check. Answered or skipped, it never comes back.
 */
export function WelcomeCard({
  profile,
  screened,
  onDone,
}: {
  profile: Profile;
  /** She has done a safety check already (from the link here, say): no need to offer it again. */
  screened: boolean;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const save = useSaveProfile();
  const [answers, setAnswers] = useState<Answers>({});
  const { errors, submit: check } = useFormSubmit();
  const set = <K extends keyof Answers>(k: K, v: Answers[K]) => setAnswers((a) => ({ ...a, [k]: v }));

  useEffect(preloadFormSchemas, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const { profileSchema } = await formSchemas().catch(() => ({ profileSchema: undefined }));
    if (!profileSchema) return toast(t('errors.offline'), { tone: 'error' });
    await check(e, profileSchema, { ...profile, ...answers, welcomeDone: true }, async (data) => {
      await save.mutateAsync(data);
      toast(t('welcome.saved'));
      onDone();
    });
  }

  function skip() {
    // Skipped is done: it is not asked again. Should the save fail, it is offered once more next time.
    save.mutate({ ...profile, welcomeDone: true });
    onDone();
  }

  return (
    <section className="card stack welcome" aria-labelledby="welcome-title" data-testid="welcome">
      <h2 id="welcome-title">{t('welcome.title')}</h2>
      <p>{t('welcome.intro')}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <Field
          label={t('profile.birthYear')}
          type="number"
          inputMode="numeric"
          value={answers.birthYear ?? ''}
          onChange={(e) => set('birthYear', e.target.value ? Number(e.target.value) : null)}
          error={errors.birthYear}
        />
        <Select
          label={t('profile.boneHealth')}
          value={answers.boneHealth ?? ''}
          onChange={(v) => set('boneHealth', (v || null) as Answers['boneHealth'])}
          options={[
            { value: '', label: t('profile.notSet') },
            ...boneHealthValues.map((b) => ({ value: b, label: t(`profile.bone.${b}`) })),
          ]}
        />
        <Select
          label={t('profile.menopausalSelfReport')}
          value={answers.menopausalSelfReport ?? ''}
          onChange={(v) => set('menopausalSelfReport', (v || null) as Answers['menopausalSelfReport'])}
          options={[
            { value: '', label: t('profile.notSet') },
            ...menopausalSelfReports.map((m) => ({ value: m, label: t(`profile.selfReport.${m}`) })),
          ]}
        />
        {!screened && (
          <div className="welcome-safety stack">
            <p>{t('welcome.safety')}</p>
            <Link className="btn btn-secondary" to="/screening">
              {t('screening.offered.start')}
            </Link>
          </div>
        )}
        <div className="row">
          <Button type="submit" variant="primary" disabled={save.isPending}>
            {t('welcome.save')}
          </Button>
          <Button variant="quiet" onClick={skip}>
            {t('welcome.skip')}
          </Button>
        </div>
        <p className="hint">{t('welcome.later')}</p>
      </form>
    </section>
  );
}
