import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { nowWithOffset } from '../../../lib/dates';
import { syncStatus } from '../../../offline/outbox';
import { Button } from '../../../ui/Button';
import { Page } from '../../../ui/Page';
import { ScaleInput } from '../../../ui/ScaleInput';
import { useToast } from '../../../ui/Toast';
import { useBreakFromNotification } from '../../breaks/log';
import { AdviceCard } from '../AdviceCard';
import { BONE_WHY, BoneStatusNote } from '../BoneNote';
import { useSafeRoutine } from '../bone';
import { type MoveRoutine, routineMinutes } from '../library';
import { RoutineLearn } from '../RoutineLearn';
import { createSession } from '../sessions';
import { type AfterAnswers, AfterForm } from './AfterForm';
import { type PlayerState, sessionExercises } from './engine';
import { PlayerStage } from './PlayerStage';
import { VoiceToggle } from './VoiceToggle';
import '../move.css';
import './player.css';

type Phase = 'before' | 'playing' | 'after' | 'saved';

/** Moves focus to the heading of each new phase, so a screen reader hears where she is. */
function PhaseHeading({ id, text }: { id: string; text: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus({ preventScroll: true }), []);
  return (
    <h2 ref={ref} id={id} tabIndex={-1} className="phase-heading">
      {text}
    </h2>
  );
}

/** The routine player: pain before, the guided routine, then pain, effort and rating, saved offline-first. */
export function Component() {
  const { t } = useTranslation();
  const toast = useToast();
  const { routineId = '' } = useParams();
  useBreakFromNotification(routineId);
  const safe = useSafeRoutine(routineId);
  const { caution, waiting, assumedSafe, status: bones, library } = safe;
  // The routine is fixed when she starts, so an answer arriving mid-session never changes it.
  const [playing, setPlaying] = useState<MoveRoutine | null>(null);
  const routine = playing ?? safe.routine;
  const status = useSyncExternalStore(syncStatus.subscribe, syncStatus.get);
  const [phase, setPhase] = useState<Phase>('before');
  const [painBefore, setPainBefore] = useState<number | null>(null);
  const [tried, setTried] = useState(false);
  const started = useRef({ at: '', ended: '' });
  const [result, setResult] = useState<PlayerState | null>(null);

  const onFinish = useCallback((state: PlayerState) => {
    started.current.ended = nowWithOffset();
    setResult(state);
    setPhase('after');
  }, []);

  if (!routine) {
    return (
      <Page title={t('move.title')} back={{ to: '/move', label: t('routine.back') }}>
        <p>{library.loading ? t('app.loading') : t('routine.notFound')}</p>
      </Page>
    );
  }
  const total = routine.items.length;
  const done = result ? sessionExercises(result).filter((e) => e.done).length : 0;

  async function save(answers: AfterAnswers) {
    if (!routine || !result || painBefore === null) return;
    await createSession({
      id: crypto.randomUUID(),
      routineId: routine.id,
      startedAt: started.current.at,
      endedAt: started.current.ended,
      exercises: sessionExercises(result),
      painBefore,
      ...answers,
    });
    toast(status.online ? t('player.saved') : t('player.savedOffline'));
    setPhase('saved');
  }

  return (
    <Page
      title={routine.name}
      back={{ to: `/move/routines/${encodeURIComponent(routine.id)}`, label: routine.name }}
    >
      {phase === 'before' && (
        <section className="card stack" aria-labelledby="before-title">
          <h2 id="before-title">{t('player.before')}</h2>
          <p className="muted">
            {t('routine.minutes', { count: routineMinutes(routine) })} ·{' '}
            {t('move.exercises', { count: total })}
          </p>
          <p>{t('player.safety')}</p>
          <RoutineLearn routine={routine} />
          {(safe.swaps?.length ?? 0) > 0 && <BoneStatusNote status={bones} about="routine" id={BONE_WHY} />}
          {caution && <p className="notice">{caution}</p>}
          <ScaleInput
            legend={t('player.painBefore')}
            hint={t('checkin.painHint')}
            value={painBefore}
            onChange={setPainBefore}
            words={{ 0: t('scale.none'), 5: t('scale.moderate'), 10: t('scale.worst') }}
            error={tried && painBefore === null ? t('player.painRequired') : undefined}
            size="large"
          />
          <VoiceToggle />
          {total === 0 ? (
            <p>{t('player.noItems')}</p>
          ) : (
            <div className="move-save-bar">
              <Button
                variant="primary"
                wide
                className="player-start"
                disabled={waiting}
                aria-describedby={waiting ? BONE_WHY : undefined}
                onClick={() => {
                  setTried(true);
                  if (painBefore === null || waiting) return;
                  started.current.at = nowWithOffset();
                  setPlaying(routine);
                  setPhase('playing');
                }}
              >
                {assumedSafe ? t('routine.startSafe') : t('player.start')}
              </Button>
            </div>
          )}
        </section>
      )}
      {phase === 'playing' && <PlayerStage routine={routine} find={library.exercise} onFinish={onFinish} />}
      {phase === 'after' && (
        <section className="stack" aria-labelledby="after-title">
          <PhaseHeading id="after-title" text={t('player.after')} />
          <AfterForm summary={t('player.summary', { count: done, total })} onSave={save} />
        </section>
      )}
      {phase === 'saved' && (
        <section className="stack" aria-labelledby="saved-title">
          <PhaseHeading id="saved-title" text={t('player.doneTitle')} />
          <p>{t('player.summary', { count: done, total })}</p>
          <AdviceCard routineId={routine.id} />
          <div className="row">
            <Link className="btn btn-primary" to="/history">
              {t('player.toHistory')}
            </Link>
            <Link className="btn btn-secondary" to="/move">
              {t('player.toMove')}
            </Link>
          </div>
        </section>
      )}
    </Page>
  );
}
