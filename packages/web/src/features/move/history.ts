import { type CustomRoutine, customIdOf, WALKING_ROUTINE_ID } from '@spinekind/core';
import type { Locale } from '@spinekind/core/locales';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/locale';
import type { DayEvent } from '../checkins/timeline';
import { useCustomRoutines } from './own';
import { routinePath } from './paths';
import { useSessions } from './session-list';

type Namer = (id: string) => string | undefined;

type Own = readonly CustomRoutine[] | undefined;

/**
 * Her routines' names (`routine-names.ts`, a chunk of its own), asked only when `wanted`: undefined until
 * they are here, with the list of her own routines they were made from. A chunk that cannot come leaves
 * each routine under its id, as an unknown one is.
 */
function useRoutineNames(wanted: boolean, locale: Locale, own: Own) {
  const [named, setNamed] = useState<{ name: Namer; own: Own } | undefined>();
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    import('./routine-names')
      .then((m) => m.routineNames(locale, own ?? []))
      .catch((err: unknown): Namer => {
        console.warn('The exercise library could not be downloaded; routines show by their ids.', err);
        return () => undefined;
      })
      .then((name) => current && setNamed({ name, own }));
    return () => {
      current = false;
    };
  }, [wanted, locale, own]);
  // Names of another language stand in while hers come: the text changes, the lines stay.
  return named;
}

/**
 * Played sessions as History lines: "Morning mobility · 5 min · pain 4 → 3". `naming` while the device's
 * sessions or, for the first showing, their routines' names are on their way: History waits for them rather
 * than add the lines (and move the page) later.
 */
export function useSessionEvents(from: string, to: string): { events: DayEvent[]; naming: boolean } {
  const { t } = useTranslation();
  const { items } = useSessions(from, to);
  const own = useCustomRoutines();
  const wanted = (items ?? []).some((s) => s.routineId !== WALKING_ROUTINE_ID);
  const named = useRoutineNames(wanted, useLocale(), own.data);
  const name = named?.name;
  // One of her own routines is named from her list: wait for it too (a copy on the device answers offline),
  // and for names made from it.
  const waitsForOwn =
    (items ?? []).some((s) => customIdOf(s.routineId) !== undefined) &&
    (own.isPending || named?.own !== own.data);
  const events = useMemo(
    () =>
      (items ?? []).map((s) => {
        const routineName =
          s.routineId === WALKING_ROUTINE_ID ? t('move.walkName') : (name?.(s.routineId) ?? s.routineId);
        const minutes = Math.max(1, Math.round((Date.parse(s.endedAt) - Date.parse(s.startedAt)) / 60_000));
        const text = t('moveTimeline.session', {
          name: routineName,
          minutes,
          before: s.painBefore,
          after: s.painAfter,
        });
        return {
          key: `s-${s.id}`,
          day: s.localDate,
          text: s.pending ? `${text} · ${t('moveTimeline.sessionWaiting')}` : text,
          link: s.routineId === WALKING_ROUTINE_ID ? '/move' : routinePath(s.routineId),
        };
      }),
    [items, name, t],
  );
  // Only the first showing waits: once the lines are there, new names just change their words.
  const [settled, setSettled] = useState(false);
  const ready = items !== undefined && !(wanted && (name === undefined || waitsForOwn));
  if (ready && !settled) setSettled(true);
  return { events, naming: !(settled || ready) };
}
