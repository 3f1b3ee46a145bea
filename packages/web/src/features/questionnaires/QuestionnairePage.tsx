import { type InstrumentId, instrumentNotes, isEnglishOnly } from '@spinekind/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useLocale } from '../../i18n/locale';
import { problemMessage } from '../../lib/api';
import { nowWithOffset } from '../../lib/dates';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { useToast } from '../../ui/Toast';
import { CrisisLines } from '../screening/CountryHelp';
import { useInstruments, useResponses, useSubmitResponse } from './api';
import { ScoreChart } from './ScoreChart';

/** One questionnaire: its items with the official wording, then the score history. */
export function Component() {
  const { t } = useTranslation();
  const locale = useLocale();
  const toast = useToast();
  const { id = '' } = useParams();
  const definition = useInstruments().data?.find((i) => i.id === id);
  const responses = useResponses(id);
  const submit = useSubmitResponse(id);
  const [answers, setAnswers] = useState<Record<number, number>>({});
  const [missing, setMissing] = useState(false);
  if (!definition)
    return (
      <Page title={t('questionnaires.title')}>
        <p>{t('app.loading')}</p>
      </Page>
    );
  const max =
    definition.items.reduce((s, item) => s + Math.max(...item.options.map((o) => o.value)), 0) /
    (id === 'peg' ? 3 : 1);
  const latest = responses.data?.at(-1);
  // Statements she ticks (RMDQ): a blank one is an answer too (0), so nothing can be missing.
  const checklist = definition.presentation === 'checklist';
  const tickedCount = Object.values(answers).filter((a) => a === 1).length;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!definition) return;
    if (!checklist && Object.keys(answers).length < definition.items.length) return setMissing(true);
    setMissing(false);
    try {
      const r = await submit.mutateAsync({
        answers: definition.items.map((_, i) => answers[i] ?? 0),
        completedAt: nowWithOffset(),
      });
      setAnswers({});
      toast(t('questionnaires.saved', { score: r.score.total }));
      window.scrollTo(0, 0);
    } catch (err) {
      toast(problemMessage(err, t), { tone: 'error' });
    }
  }

  return (
    <Page title={definition.name} back={{ to: '/questionnaires', label: t('questionnaires.title') }}>
      {latest && (
        <section className="card stack" aria-labelledby="latest">
          <h2 id="latest">{t('questionnaires.latest', { date: latest.localDate })}</h2>
          <p className="result-level" data-testid="latest-score">
            {t('questionnaires.score', { score: latest.score.total })} · {latest.band.label}
          </p>
          <p>{latest.band.text}</p>
          {(id === 'phq2' || id === 'gad2') && <CrisisLines />}
          {latest.score.subscales && (
            <p>
              {Object.entries(latest.score.subscales)
                .map(
                  ([k, v]) =>
                    `${t(`questionnaires.subscales.${k}`)} ${v}${latest.subscaleBands?.[k] ? ` (${latest.subscaleBands[k]})` : ''}`,
                )
                .join(' · ')}
            </p>
          )}
          <ScoreChart
            points={(responses.data ?? []).map((r) => ({ date: r.localDate, total: r.score.total }))}
            max={max}
          />
          <table className="data">
            <caption className="visually-hidden">{t('questionnaires.history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.date')}</th>
                <th scope="col">{t('questionnaires.scoreHeading')}</th>
              </tr>
            </thead>
            <tbody>
              {[...(responses.data ?? [])].reverse().map((r) => (
                <tr key={r.id}>
                  <td>{r.localDate}</td>
                  <td>{r.score.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <form className="stack" onSubmit={onSubmit} noValidate>
        {locale !== 'en' && isEnglishOnly(definition.id as InstrumentId, locale) && (
          <p className="hint" lang={locale}>
            {instrumentNotes[locale].englishOnly}
          </p>
        )}
        <p lang={isEnglishOnly(definition.id as InstrumentId, locale) ? 'en' : undefined}>
          {definition.instructions}
        </p>
        {checklist && (
          <fieldset className="card question">
            <legend>{t('questionnaires.tickLegend')}</legend>
            <div className="options">
              {definition.items.map((item, i) => (
                <label key={item.text} className="check">
                  <input
                    type="checkbox"
                    checked={answers[i] === 1}
                    onChange={(e) => setAnswers((a) => ({ ...a, [i]: e.target.checked ? 1 : 0 }))}
                  />
                  <span>
                    {i + 1}. {item.text}
                  </span>
                </label>
              ))}
            </div>
            <p aria-live="polite" data-testid="ticked-count">
              {t('questionnaires.ticked', { count: tickedCount })}
            </p>
          </fieldset>
        )}
        {!checklist &&
          definition.items.map((item, i) => (
            <fieldset key={item.text} className="card question">
              <legend>
                {i + 1}. {item.text}
              </legend>
              <div className="options">
                {item.options.map((o) => (
                  <label key={o.value} className="check">
                    <input
                      type="radio"
                      name={`q${i}`}
                      checked={answers[i] === o.value}
                      onChange={() => setAnswers((a) => ({ ...a, [i]: o.value }))}
                    />
                    <span>{o.label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        {missing && (
          <p className="error" role="alert">
            {t('questionnaires.missing')}
          </p>
        )}
        <p className="hint">{definition.citation}</p>
        <div className="save-bar">
          <Button type="submit" variant="primary" wide disabled={submit.isPending}>
            {t('questionnaires.submit')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
