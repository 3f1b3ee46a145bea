import type { Experiment } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import { todayLocal } from '../../lib/dates';
import { formatDay } from '../../lib/format';
import { Button } from '../../ui/Button';
import { LessonLink } from '../../ui/LessonLink';
import { useResult, useStopExperiment } from './api';
import { ResultView } from './ResultView';
import { ExperimentToday } from './TodayExperimentCard';

/** The periods so far as a list (the current one marked), and how many are still to come. */
function Timeline({ experiment, today }: { experiment: Experiment; today: string }) {
  const { t } = useTranslation();
  const toCome = experiment.pairs * 2 - experiment.schedule.length;
  return (
    <section className="stack" aria-label={t('experiments.timeline')}>
      <h3>{t('experiments.timeline')}</h3>
      <ol className="timeline">
        {experiment.schedule.map((p, i) => {
          const current = p.start <= today && today <= p.end;
          return (
            <li
              key={p.start}
              className={`period condition-${p.condition}`}
              aria-current={current ? 'step' : undefined}
            >
              <span className="period-condition">{t(`experiments.condition.${p.condition}`)}</span>
              <span>
                {t('experiments.period', {
                  n: i + 1,
                  from: formatDay(p.start, 'dayMonth'),
                  to: formatDay(p.end, 'dayMonth'),
                })}
              </span>
            </li>
          );
        })}
      </ol>
      {toCome > 0 && <p className="hint">{t('experiments.later', { count: toCome })}</p>}
    </section>
  );
}

/** One of her experiments: status, today's plan, timeline, result (interim or final), stop. */
export function ExperimentCard({ experiment }: { experiment: Experiment }) {
  const { t } = useTranslation();
  const today = todayLocal();
  const stop = useStopExperiment();
  const firstPairEnd = experiment.schedule[1]?.end;
  const resultDue = firstPairEnd !== undefined && today > firstPairEnd;
  const result = useResult(experiment.id, resultDue);
  const live =
    experiment.status === 'running' || experiment.status === 'paused' || experiment.status === 'planned';
  const status =
    experiment.status === 'planned'
      ? t('experiments.status.planned', { date: formatDay(experiment.startDate) })
      : t(`experiments.status.${experiment.status}`);
  return (
    <section
      className="card stack experiment"
      id={`experiment-${experiment.id}`}
      aria-labelledby={`title-${experiment.id}`}
    >
      <h2 id={`title-${experiment.id}`}>{experiment.title}</h2>
      <p className="experiment-status">
        <span className={`status status-${experiment.status}`}>{status}</span>{' '}
        {formatDay(experiment.startDate)} – {formatDay(experiment.endDate)}
      </p>
      <p>{experiment.question}</p>
      <ExperimentToday experiment={experiment} today={today} />
      <Timeline experiment={experiment} today={today} />
      {result.data ? (
        <ResultView id={experiment.id} result={result.data} />
      ) : (
        firstPairEnd && (
          <p className="hint">{t('experiments.result.notYet', { date: formatDay(firstPairEnd) })}</p>
        )
      )}
      <LessonLink id={experiment.lessonId} />
      {live && (
        <Button
          variant="quiet"
          disabled={stop.isPending}
          onClick={() => {
            if (window.confirm(t('experiments.stopConfirm'))) stop.mutate(experiment.id);
          }}
        >
          {t('experiments.stop')}
        </Button>
      )}
    </section>
  );
}
