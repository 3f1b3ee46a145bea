import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Illustration } from '../Illustration';
import type { Lookup, MoveRoutine } from '../library';
import { currentBeat, isWork, type PlayerState, remainingMs, type Step } from './engine';
import { usePlayer } from './usePlayer';
import { VoiceToggle } from './VoiceToggle';

const clock = (ms: number) => {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

function phaseLabel(step: Step, t: TFunction): string {
  if (step.kind === 'ready') return t('player.getReady');
  if (step.kind === 'rest') return step.reason === 'side' ? t('player.switchSides') : t('player.rest');
  const parts = step.sets > 1 ? [t('player.set', { set: step.set, sets: step.sets })] : [];
  if (step.side) parts.push(t(`player.side.${step.side}`));
  return parts.join(' · ');
}

const icon = {
  back: 'M11 6 5 12l6 6M5 12h14',
  skip: 'M13 6l6 6-6 6M19 12H5',
  pause: 'M8 5v14M16 5v14',
  play: 'M7 5v14l12-7z',
};
function ControlIcon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.5" aria-hidden="true">
      <path d={d} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** The playing screen: what to do now, how long, what comes next, and big controls at the bottom. */
export function PlayerStage({
  routine,
  find,
  onFinish,
}: {
  routine: MoveRoutine;
  find: Lookup['exercise'];
  onFinish(state: PlayerState): void;
}) {
  const { t } = useTranslation();
  const { state, dispatch, announcement } = usePlayer(routine, find);
  // Start has gone from the page: her keyboard (and screen reader) lands on the main control, not <body>.
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => toggle.current?.focus({ preventScroll: true }), []);
  useEffect(() => {
    if (state.finished) onFinish(state);
  }, [state, onFinish]);

  const step = state.steps[state.index] as Step;
  const total = routine.items.length;
  const exercise = find(routine.items[step.item]?.exerciseId ?? '');
  const nextItem = routine.items[step.item + 1];
  const next = nextItem ? find(nextItem.exerciseId) : undefined;
  const left = remainingMs(state);
  const working = isWork(step);
  const beat = currentBeat(state);
  const line = beat === undefined ? undefined : exercise?.rhythm?.[beat]?.say;

  return (
    <div className="player" data-testid="player">
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="player-announcer">
        {announcement}
      </p>
      <div className="player-top">
        <p className="player-progress" data-testid="player-progress">
          <span className="visually-hidden">{t('player.exerciseWord')} </span>
          {t('player.progress', { current: step.item + 1, total })}
        </p>
        <ol className="player-dots" aria-hidden="true">
          {state.items.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one dot per routine item, in a fixed order
            <li key={`${p.exerciseId}-${i}`} data-state={i === step.item ? 'current' : p.status} />
          ))}
        </ol>
        <VoiceToggle compact />
      </div>

      <div className="player-main" data-phase={step.kind}>
        {exercise && <Illustration exercise={exercise} size="large" />}
        <div className="player-info">
          <div className="player-headline">
            <div className="grow">
              <p className="player-phase" data-testid="player-phase">
                {phaseLabel(step, t) || '\u00a0'}
              </p>
              <h2 className="player-name" data-testid="player-exercise">
                {exercise?.name}
              </h2>
            </div>
            {left !== undefined ? (
              <p className="player-timer" role="timer" data-testid="player-timer">
                <span aria-hidden="true">{clock(left)}</span>
                <span className="visually-hidden">
                  {t('player.seconds', { count: Math.ceil(left / 1000) })}
                </span>
              </p>
            ) : (
              step.kind === 'reps' && (
                <p className="player-timer" data-testid="player-reps">
                  <span aria-hidden="true">
                    {state.reps}
                    <small>/{step.reps}</small>
                  </span>
                  <span className="visually-hidden">
                    {t('player.repsLabel', { count: state.reps, total: step.reps })}
                  </span>
                </p>
              )
            )}
          </div>
          {line && (
            <p className="player-beat" data-testid="player-beat">
              {line}
            </p>
          )}
          {step.kind === 'reps' && (
            <p className="hint" data-testid="player-who-counts">
              {step.beats
                ? t('player.paced')
                : state.manual
                  ? t('player.counting', { count: step.reps })
                  : t('player.pace', { seconds: Math.round(step.paceMs / 1000) })}
            </p>
          )}
          {state.paused && (
            <p className="player-paused" role="status">
              {t('player.paused')}
            </p>
          )}
          {exercise && exercise.cues.length > 0 && (
            <ul className="player-cues">
              {exercise.cues.slice(0, 3).map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          )}
        </div>
      </div>

      {next && (
        <div className="player-next card">
          <Illustration exercise={next} size="small" decorative />
          <p>
            <span className="muted">{t('player.nextUp')}</span>
            <br />
            <b>{next.name}</b>
          </p>
        </div>
      )}

      <div className="player-controls">
        {/* A paced rhythm (relaxation) counts itself: tapping would silence it. */}
        {step.kind === 'reps' && !step.beats && (
          <Button variant="primary" className="player-count" onClick={() => dispatch({ type: 'countRep' })}>
            {t('player.countRep')}
          </Button>
        )}
        <div className="player-buttons">
          <Button onClick={() => dispatch({ type: 'back' })} aria-label={t('player.backLabel')}>
            <ControlIcon d={icon.back} />
            {t('player.back')}
          </Button>
          <Button
            ref={toggle}
            variant={step.kind === 'reps' ? 'secondary' : 'primary'}
            onClick={() => dispatch({ type: 'toggle' })}
            data-testid="player-toggle"
          >
            <ControlIcon d={state.paused ? icon.play : icon.pause} />
            {state.paused ? t('player.resume') : t('player.pause')}
          </Button>
          <Button
            onClick={() => dispatch({ type: 'skip' })}
            aria-label={working ? t('player.skipLabel') : t('player.skipRest')}
          >
            {t('player.skip')}
            <ControlIcon d={icon.skip} />
          </Button>
        </div>
      </div>
      <div className="row player-foot">
        <p className="hint grow player-keys">{t('player.keys')}</p>
        <Button variant="quiet" onClick={() => onFinish(state)}>
          {t('player.quit')}
        </Button>
      </div>
    </div>
  );
}
