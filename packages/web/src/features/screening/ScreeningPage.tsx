import { type TriageAnswerKey, triageInputSchema } from '@spinekind/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { YesNo } from '../../ui/YesNo';
import { useProfile } from './api';
import { questionGroups } from './questions';
import { useSafetyTexts } from './safety-texts';
import { saveScreening } from './save';
import './screening.css';

type Answers = Partial<Record<TriageAnswerKey, boolean>>;

/** A question her profile already answers: shown with that answer, not asked again, and changeable. */
function FromProfile({ text, value, onChange }: { text: string; value: boolean; onChange(): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="question from-profile">
      <legend>{text}</legend>
      <p>
        <b>{value ? t('checkin.yes') : t('checkin.no')}</b> · {t('screening.fromProfile')}{' '}
        <Button variant="quiet" onClick={onChange}>
          {t('screening.change')}
        </Button>
      </p>
    </fieldset>
  );
}

/** One screen of plain questions, emergency signs first; age and health background prefilled from the profile. */
export function Component() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: profile } = useProfile();
  const { questions } = useSafetyTexts().triage;
  const [answers, setAnswers] = useState<Answers>({});
  const [prefilled, setPrefilled] = useState<Set<TriageAnswerKey>>(new Set());
  const [age, setAge] = useState('');
  const [weeks, setWeeks] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    if (!profile) return;
    const fromProfile: Answers = {};
    // Only a yes: the question also asks about a bone broken in a small fall, which the profile can't answer.
    if (profile.boneHealth === 'osteoporosis') fromProfile.osteoporosis_known = true;
    for (const [key, field] of [
      ['long_term_steroids', 'longTermSteroids'],
      ['cancer_history', 'cancerHistory'],
      ['immunosuppressed', 'immunosuppressed'],
    ] as const) {
      if (profile[field] != null) fromProfile[key] = profile[field] === true;
    }
    setAnswers((a) => ({ ...fromProfile, ...a }));
    setPrefilled(new Set(Object.keys(fromProfile) as TriageAnswerKey[]));
    if (profile.birthYear)
      setAge((a) => a || String(new Date().getFullYear() - (profile.birthYear as number)));
  }, [profile]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = triageInputSchema.safeParse({
      age: age.trim() === '' ? undefined : Number(age),
      answers: { ...answers, ...(weeks.trim() === '' ? {} : { pain_weeks: Number(weeks) }) },
    });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.path[0] === 'age' ? t('screening.ageError') : t('checkin.fixErrors'));
      return;
    }
    const id = await saveScreening(parsed.data);
    navigate(`/screening/${id}`, { replace: true });
  }

  return (
    <Page title={t('screening.title')} back={{ to: '/', label: t('nav.today') }}>
      <p>{t('screening.intro')}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <section className="card stack">
          <Field
            label={t('screening.age')}
            hint={t('screening.ageWhy')}
            type="number"
            inputMode="numeric"
            min={0}
            max={120}
            value={age}
            onChange={(e) => setAge(e.target.value)}
            error={error === t('screening.ageError') ? error : undefined}
          />
          <Field
            label={t('screening.painWeeks')}
            hint={t('screening.painWeeksHint')}
            type="number"
            inputMode="decimal"
            min={0}
            max={520}
            step={0.5}
            value={weeks}
            onChange={(e) => setWeeks(e.target.value)}
          />
        </section>
        {questionGroups.map((g) => (
          <section key={g.id} className="card stack" aria-labelledby={`group-${g.id}`}>
            <h2 id={`group-${g.id}`}>{t(`screening.${g.id}`)}</h2>
            {g.keys
              .map((key) => ({ key, ...questions[key] }))
              .map((q) =>
                prefilled.has(q.key) ? (
                  <FromProfile
                    key={q.key}
                    text={q.text}
                    value={answers[q.key] === true}
                    onChange={() => setPrefilled((p) => new Set([...p].filter((k) => k !== q.key)))}
                  />
                ) : (
                  <YesNo
                    key={q.key}
                    legend={q.text}
                    hint={
                      <>
                        <b>{t('screening.why')}</b> {q.why}
                      </>
                    }
                    value={answers[q.key]}
                    onChange={(v) => setAnswers((a) => ({ ...a, [q.key]: v }))}
                  />
                ),
              )}
          </section>
        ))}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="save-bar">
          <Button type="submit" variant="primary" wide>
            {t('screening.submit')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
