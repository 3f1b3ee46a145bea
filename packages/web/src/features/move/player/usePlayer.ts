import { useEffect, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDoseText } from '../DoseText';
import type { Lookup, MoveRoutine } from '../library';
import { type Cue, cuesBetween, initialPlayerState, type PlayerState, playerReducer } from './engine';
import { speak } from './speech';
import { useWakeLock } from './wake-lock';

/** How often the clock is read; the engine gets the real elapsed time, so this only sets smoothness. */
const TICK_MS = 250;

/**
 * Runs the engine for one routine: feeds it elapsed time while playing, speaks cues, keeps an
 * announcement for the live region, holds the screen on, and answers the keyboard.
 */
export function usePlayer(routine: MoveRoutine, find: Lookup['exercise']) {
  const { t, i18n } = useTranslation();
  // Cues are spoken in the language she reads them in (exercise texts and player lines alike).
  const language = i18n.language;
  const doseText = useDoseText();
  const [state, dispatch] = useReducer(playerReducer, routine, (r) =>
    initialPlayerState(
      r.items.map((i) => ({ ...i, rhythm: find(i.exerciseId)?.rhythm?.map((b) => b.seconds) })),
      r.transitionSeconds,
    ),
  );
  const [announcement, setAnnouncement] = useState('');
  const running = !state.paused && !state.finished;
  useWakeLock(running);

  // Time: elapsed milliseconds between reads of performance.now(), only while running.
  useEffect(() => {
    if (!running) return;
    let last = performance.now();
    const timer = window.setInterval(() => {
      const now = performance.now();
      dispatch({ type: 'tick', ms: now - last });
      last = now;
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [running]);

  // Cues: compare each state with the one before; speak, and announce step changes (not seconds).
  const previous = useRef<PlayerState>(state);
  const started = useRef(false);
  useEffect(() => {
    const prev = previous.current;
    previous.current = state;
    const first = !started.current;
    const cues: Cue[] = first ? [{ kind: 'next', item: 0 }] : cuesBetween(prev, state);
    started.current = true;
    const say = (text: string) => speak(text, language);
    const nameOf = (item: number) => {
      const id = routine.items[item]?.exerciseId ?? '';
      return find(id)?.name ?? id;
    };
    /** The line of an exercise's rhythm (relaxation), if it has one. */
    const lineOf = (item: number, beat: number) =>
      find(routine.items[item]?.exerciseId ?? '')?.rhythm?.[beat]?.say;
    if (prev.paused !== state.paused && !state.finished)
      setAnnouncement(state.paused ? t('player.announcePaused') : t('player.announceResumed'));
    for (const cue of cues) {
      switch (cue.kind) {
        case 'start': {
          const ex = find(routine.items[cue.item]?.exerciseId ?? '');
          const dose = routine.items[cue.item]?.dose;
          say([ex?.name, ex?.rhythm?.[0]?.say ?? ex?.cues[0]].filter(Boolean).join('. '));
          setAnnouncement(
            t('player.announceStart', {
              current: cue.item + 1,
              total: routine.items.length,
              name: nameOf(cue.item),
              dose: dose ? doseText(dose) : '',
            }),
          );
          break;
        }
        case 'next':
          say(t('player.sayNext', { name: nameOf(cue.item) }));
          setAnnouncement(t(first ? 'player.firstUp' : 'player.announceNext', { name: nameOf(cue.item) }));
          break;
        case 'set': {
          const side = cue.side ? t(`player.side.${cue.side}`) : '';
          const item = state.steps[state.index]?.item ?? 0;
          say(
            [cue.set > 1 && !cue.side ? t('player.saySet', { set: cue.set }) : '', side, lineOf(item, 0)]
              .filter(Boolean)
              .join('. '),
          );
          setAnnouncement(
            [t('player.announceSet', { set: cue.set, sets: cue.sets }), side].filter(Boolean).join(' '),
          );
          break;
        }
        case 'rest': {
          const line = cue.reason === 'side' ? t('player.announceSide') : t('player.announceRest');
          say(line);
          setAnnouncement(line);
          break;
        }
        case 'halfway':
          say(t('player.sayHalfway'));
          break;
        case 'beat': {
          const line = lineOf(cue.item, cue.beat);
          if (line) say(line);
          break;
        }
        case 'count':
          say(String(cue.n));
          break;
        case 'finished':
          say(t('player.sayFinished'));
          setAnnouncement(t('player.announceDone'));
          break;
      }
    }
  }, [state, routine, find, t, doseText, language]);

  // Keyboard: Space pauses or resumes, arrows skip and go back (not while typing or on a control).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const type =
        e.key === ' ' ? 'toggle' : e.key === 'ArrowRight' ? 'skip' : e.key === 'ArrowLeft' ? 'back' : null;
      if (!type) return;
      // Fields keep their keys; a focused button or link keeps Space for itself.
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (type === 'toggle' && target?.closest('button, a, summary')) return;
      e.preventDefault();
      dispatch({ type });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return { state, dispatch, announcement };
}
