import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessage } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { useToast } from '../../ui/Toast';
import { useBoneToday, useFollow, useProgrammes } from './api';
import { doseText, useExerciseName } from './load';
import { NextWeek } from './NextWeek';
import { SetLogger } from './SetLogger';
import './bones.css';

/**
 * The bone-health programme under Move: start or stop it, today's blocks with why, the changes made for
 * her profile, logging a strength session's sets, and what to do next time per exercise.
 */
export function Component() {
  const { t } = useTranslation();
  const exerciseName = useExerciseName();
  const toast = useToast();
  const programmes = useProgrammes();
  const today = useBoneToday();
  const { start, stop } = useFollow();
  const [logging, setLogging] = useState(false);
  const programme = programmes.data?.items[0];
  const day = today.data;
  const follow = async (action: typeof start | typeof stop, done: string) => {
    try {
      await action.mutateAsync();
      toast(done);
    } catch (err) {
      toast(problemMessage(err, t), { tone: 'error' });
    }
  };

  return (
    <Page title={t('bones.title')} back={{ to: '/move', label: t('move.title') }}>
      {!programme ? (
        <p>{programmes.isError ? t('bones.offline') : t('app.loading')}</p>
      ) : (
        <>
          <p>{programme.description}</p>
          <p className="notice" data-testid="clinician-note">
            {programme.note}
          </p>
          {programme.adaptations.length > 0 && (
            <section className="card stack" aria-labelledby="adapt-title" data-testid="adaptations">
              <h2 id="adapt-title">{t('bones.adaptations')}</h2>
              <ul>
                {programme.adaptations.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            </section>
          )}
          {!programme.started ? (
            <section className="card stack" aria-labelledby="kinds-title">
              <h2 id="kinds-title">{t('bones.whatsIn')}</h2>
              <ul className="bone-kinds">
                {programme.kinds
                  .filter((k) => k.offered)
                  .map((k) => (
                    <li key={k.kind}>
                      <strong>{t(`bones.kinds.${k.kind}`)}</strong>: {k.reason}
                    </li>
                  ))}
              </ul>
              <Button
                variant="primary"
                wide
                disabled={start.isPending}
                onClick={() => void follow(start, t('bones.started'))}
              >
                {t('bones.start')}
              </Button>
            </section>
          ) : (
            <>
              <h2>{day?.week ? t('bones.week', { week: day.week }) : t('bones.finished')}</h2>
              {day?.paused && (
                <section className="card stack result-urgent" role="alert" data-testid="paused">
                  <h2>{t('bones.pausedTitle')}</h2>
                  <p>{day.paused.reason}</p>
                  <Link to="/help">{t('footer.help')}</Link>
                </section>
              )}
              {day?.items.map((block) => (
                <section
                  key={block.kind}
                  className="card stack bone-block"
                  data-kind={block.kind}
                  aria-labelledby={`block-${block.kind}`}
                >
                  <h3 id={`block-${block.kind}`}>{t(`bones.kinds.${block.kind}`)}</h3>
                  <p className="hint">{block.why}</p>
                  <ul className="bone-items">
                    {block.items.map((i) => (
                      <li key={i.exerciseId}>
                        <Link to={`/move/exercises/${i.exerciseId}`}>{exerciseName(i.exerciseId)}</Link>{' '}
                        <span className="muted">{doseText(i, t)}</span>
                      </li>
                    ))}
                  </ul>
                  {block.kind === 'strength' &&
                    (logging ? (
                      <SetLogger
                        routineId={block.routineId}
                        items={block.items}
                        onDone={() => setLogging(false)}
                      />
                    ) : (
                      <Button variant="primary" onClick={() => setLogging(true)}>
                        {t('bones.log')}
                      </Button>
                    ))}
                </section>
              ))}
              <NextWeek />
              <Button
                variant="quiet"
                disabled={stop.isPending}
                onClick={() => void follow(stop, t('bones.stopped'))}
              >
                {t('bones.stop')}
              </Button>
            </>
          )}
          <details className="card">
            <summary>{t('bones.sources', { grade: programme.evidence.grade })}</summary>
            <p>{programme.evidence.reason}</p>
            <ul>
              {programme.evidence.sources.map((s) => (
                <li key={s.citation}>
                  {s.citation} ({s.year})
                  {s.url && (
                    <>
                      {' '}
                      · <a href={s.url}>{s.url.replace('https://', '')}</a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </Page>
  );
}
