import { chairStandNorm, functionTests, type Instrument, instrumentIn } from '@spinekind/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useLocale } from '../../i18n/locale';
import { problemMessage } from '../../lib/api';
import { nowWithOffset } from '../../lib/dates';
import { formatDay } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { useToast } from '../../ui/Toast';
import { useProfile } from '../profile/api';
import { useResponses, useSubmitResponse } from '../questionnaires/api';
import { ScoreChart } from '../questionnaires/ScoreChart';
import { ageFrom } from './api';
import { Timer } from './Timer';
import './function-tests.css';

type Answers = Record<number, string>;

/** The number she enters for each item: a count or seconds typed (the timer fills a hold), or a stage chosen. */
function ItemInput({
  test,
  i,
  answers,
  set,
}: {
  test: Instrument;
  i: number;
  answers: Answers;
  set(a: Answers): void;
}) {
  const item = test.items[i];
  if (!item) return null;
  const max = Math.max(...item.options.map((o) => o.value));
  if (test.id === 'balance_4stage')
    return (
      <fieldset className="card question">
        <legend>{item.text}</legend>
        <div className="options">
          {item.options.map((o) => (
            <label key={o.value} className="check">
              <input
                type="radio"
                name={`item${i}`}
                checked={answers[i] === String(o.value)}
                onChange={() => set({ ...answers, [i]: String(o.value) })}
              />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  return (
    <Field
      label={item.text}
      type="number"
      inputMode="numeric"
      min={0}
      max={max}
      value={answers[i] ?? ''}
      onChange={(e) => set({ ...answers, [i]: e.target.value })}
    />
  );
}

/** One function test: safety first, the steps, a timer, her result, then her trend over the months. */
export function Component() {
  const { t } = useTranslation();
  const locale = useLocale();
  const toast = useToast();
  const { id = '' } = useParams();
  // The guide in her language (our own words); the scoring is the same instrument's.
  const found = functionTests.find((x) => x.id === id);
  const test = found && instrumentIn(found, locale);
  const responses = useResponses(id);
  const submit = useSubmitResponse(id);
  const { data: profile } = useProfile();
  const [answers, setAnswers] = useState<Answers>({});
  const [problem, setProblem] = useState<string | null>(null);
  if (!test?.test) return <Page title={t('functionTests.title')}>{t('app.loading')}</Page>;
  const guide = test.test;
  const results = responses.data ?? [];
  const latest = results.at(-1);
  const age = ageFrom(profile?.birthYear);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!test) return;
    const values = test.items.map((_, i) => Number(answers[i]));
    const ok = test.items.every(
      (item, i) =>
        answers[i] !== undefined && answers[i] !== '' && item.options.some((o) => o.value === values[i]),
    );
    if (!ok) return setProblem(t('functionTests.missing'));
    setProblem(null);
    try {
      const r = await submit.mutateAsync({ answers: values, completedAt: nowWithOffset() });
      setAnswers({});
      toast(t('functionTests.saved', { result: r.score.total }));
    } catch (err) {
      toast(problemMessage(err, t), { tone: 'error' });
    }
  }

  const legs = test.id === 'single_leg_stance';
  return (
    <Page title={test.name} back={{ to: '/function-tests', label: t('functionTests.title') }}>
      <p>{guide.why}</p>
      <section className="card stack safety-box" aria-labelledby="safety-title">
        <h2 id="safety-title">{t('functionTests.safety')}</h2>
        <ul>
          {guide.safety.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>
      <section className="stack" aria-labelledby="steps-title">
        <h2 id="steps-title">{t('functionTests.steps')}</h2>
        <ol>
          {guide.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </section>
      <div className={legs ? 'timer-pair' : undefined}>
        {legs ? (
          (['left', 'right'] as const).map((leg, i) => (
            <Timer
              key={leg}
              mode="hold"
              seconds={guide.timer.seconds}
              label={t(`functionTests.timer.${leg}`)}
              onStop={(s) => setAnswers((a) => ({ ...a, [i]: String(s) }))}
            />
          ))
        ) : (
          <Timer
            mode={guide.timer.mode}
            seconds={guide.timer.seconds}
            label={t('functionTests.timer.label')}
          />
        )}
      </div>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <h2>{t('functionTests.result')}</h2>
        {test.items.map((item, i) => (
          <ItemInput key={item.text} test={test} i={i} answers={answers} set={setAnswers} />
        ))}
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
        <Button type="submit" variant="primary" wide disabled={submit.isPending}>
          {t('functionTests.save')}
        </Button>
      </form>
      {latest && (
        <section className="card stack" aria-labelledby="trend-title">
          <h2 id="trend-title">{t('functionTests.trend')}</h2>
          <p data-testid="latest-result">
            {t('functionTests.latest', { date: latest.localDate, result: latest.score.total })} ·{' '}
            {latest.band.label}
          </p>
          <p>{latest.band.text}</p>
          {test.id === 'chair_stand' && <NormNote count={latest.score.total} age={age} />}
          <ScoreChart
            points={results.map((r) => ({ date: r.localDate, total: r.score.total }))}
            max={test.maxScore}
          />
          <table className="data">
            <caption className="visually-hidden">{t('functionTests.trend')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.date')}</th>
                <th scope="col">{t('functionTests.resultHeading')}</th>
              </tr>
            </thead>
            <tbody>
              {[...results].reverse().map((r) => (
                <tr key={r.id}>
                  <td>{formatDay(r.localDate, 'date')}</td>
                  <td>
                    {r.score.subscales
                      ? t('functionTests.perLeg', {
                          left: r.score.subscales.left,
                          right: r.score.subscales.right,
                        })
                      : r.score.total}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section className="stack" aria-labelledby="evidence-title">
        <h2 id="evidence-title">{t('functionTests.evidence')}</h2>
        <ul>
          {guide.evidence.map((e) => (
            <li key={e.text}>
              {e.text}{' '}
              <span className="muted">
                ({t('functionTests.grade', { grade: e.grade })}; {e.source})
              </span>
            </li>
          ))}
        </ul>
        <p className="hint">{test.citation}</p>
      </section>
    </Page>
  );
}

/** The STEADI norm for her age band from 60; before that, her own trend only (said plainly). */
function NormNote({ count, age }: { count: number; age: number | null }) {
  const { t } = useTranslation();
  const norm = chairStandNorm(count, age);
  if (norm.kind === 'own_trend') return <p>{t('functionTests.ownTrend')}</p>;
  return (
    <p>
      {t(norm.belowUsual ? 'functionTests.normBelow' : 'functionTests.normAtOrAbove', {
        band: norm.ageBand,
        usual: norm.usual,
      })}
    </p>
  );
}
