import { WALKING_ROUTINE_ID } from '@spinekind/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayEvent } from '../checkins/timeline';
import { routinePath } from './RoutineCard';
import { useLookup, useSessions } from './sessions';

/** Played sessions as History lines: "Morning mobility · 5 min · pain 4 → 3". */
export function useSessionEvents(from: string, to: string): DayEvent[] {
  const { t } = useTranslation();
  const { items } = useSessions(from, to);
  const library = useLookup();
  return useMemo(
    () =>
      (items ?? []).map((s) => {
        const name =
          s.routineId === WALKING_ROUTINE_ID
            ? t('move.walkName')
            : (library.routine(s.routineId)?.name ?? s.routineId);
        const minutes = Math.max(1, Math.round((Date.parse(s.endedAt) - Date.parse(s.startedAt)) / 60_000));
        const text = t('moveTimeline.session', { name, minutes, before: s.painBefore, after: s.painAfter });
        return {
          key: `s-${s.id}`,
          day: s.localDate,
          text: s.pending ? `${text} · ${t('moveTimeline.sessionWaiting')}` : text,
          link: s.routineId === WALKING_ROUTINE_ID ? '/move' : routinePath(s.routineId),
        };
      }),
    [items, library, t],
  );
}
