import { type Experiment, scheduledDay } from '@spinekind/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayLocal } from '../../lib/dates';
import { formatDay } from '../../lib/format';
import { Button } from '../../ui/Button';
import { useExperiments, useLogAdherence } from './api';
import './experiments.css';

/** "Did you follow today's plan?": two big buttons, saved on the device first (the outbox sends it). */
export function AdherenceButtons({ experiment, date }: { experiment: Experiment; date: string }) {
  const { t } = useTranslation();
  const log = useLogAdherence();
  const [saved, setSaved] = useState<boolean | null>(null);
  const answer = experiment.adherence.find((a) => a.date === date)?.followed ?? null;
  const choose = (followed: boolean) =>
    log.mutate({ experiment, date, followed }, { onSuccess: () => setSaved(followed) });
  return (
    <fieldset className="question adherence">
      <legend>{t('experiments.today.asked')}</legend>
      <div className="row">
        <Button
          variant={answer === true ? 'primary' : 'secondary'}
          aria-pressed={answer === true}
          onClick={() => choose(true)}
        >
          {t('experiments.today.yes')}
        </Button>
        <Button
          variant={answer === false ? 'primary' : 'secondary'}
          aria-pressed={answer === false}
          onClick={() => choose(false)}
        >
          {t('experiments.today.no')}
        </Button>
      </div>
      <p role="status" className="hint">
        {saved === null ? '' : saved ? t('experiments.today.saved') : t('experiments.today.savedNo')}
      </p>
    </fieldset>
  );
}

/** Today's condition of one running experiment and what to do, or why it is paused. */
export function ExperimentToday({ experiment, today }: { experiment: Experiment; today: string }) {
  const { t } = useTranslation();
  if (experiment.status === 'paused' && experiment.pausedBy)
    return (
      <div className="stack experiment-paused">
        <p>{t('experiments.today.paused', { date: formatDay(experiment.pausedBy.date) })}</p>
        <p className="hint">{t('experiments.today.pausedHint')}</p>
        <Link to={`/screening/${experiment.pausedBy.screeningId}`}>{t('experiments.today.seeResult')}</Link>
      </div>
    );
  const slot = scheduledDay(experiment.schedule, experiment.washoutDays, today);
  if (experiment.status !== 'running' || !slot) return null;
  const condition = t(`experiments.condition.${slot.condition}`);
  return (
    <div className="stack">
      <p className={`condition-badge condition-${slot.condition}`} data-testid="experiment-condition">
        {t('experiments.today.is', { condition })}
      </p>
      <p>{slot.condition === 'intervention' ? experiment.intervention : experiment.control}</p>
      {slot.washout && <p className="hint">{t('experiments.today.washout')}</p>}
      <AdherenceButtons experiment={experiment} date={today} />
    </div>
  );
}

/** Today's card: each running (or paused) experiment's plan for today. Nothing when none runs. */
export function TodayExperimentCard() {
  const { t } = useTranslation();
  const list = useExperiments();
  const today = todayLocal();
  const active = (list.data ?? []).filter((e) => e.status === 'running' || e.status === 'paused');
  if (active.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="today-experiment" data-testid="today-experiment">
      <h2 id="today-experiment">{t('experiments.today.heading')}</h2>
      {active.map((e) => (
        <div key={e.id} className="stack">
          <h3>{e.title}</h3>
          <ExperimentToday experiment={e} today={today} />
          <Link to={`/experiments#experiment-${e.id}`}>{t('experiments.today.open')}</Link>
        </div>
      ))}
    </section>
  );
}
