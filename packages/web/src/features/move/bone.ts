import { todaysPlan, WALKING_ROUTINE_ID, walkingPlan } from '@spinekind/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/locale';
import { todayLocal } from '../../lib/dates';
import { useBoneStatus, usePlan } from './api';
import { safeRoutine } from './bone-status';
import type { MoveRoutine } from './library';
import { useLookup } from './sessions';

/** The walking plan's exercise: one timed walk, as long as today's step of the plan. */
const WALK_EXERCISE = 'brisk-walk';

/**
 * A routine ready to show or play, for what the app knows of her bones (`useBoneStatus`): with
 * osteoporosis or osteopenia, exercises that are not bone-safe are swapped (`swaps` says which);
 * while her answer is not known, routines that would change show bone-safe and wait for it or play
 * bone-safe (`waiting`, `assumedSafe`); her own routines play as built, with a `caution`.
 * `walking` is today's walk from the walking plan.
 */
export function useSafeRoutine(id: string) {
  const { t } = useTranslation();
  const library = useLookup();
  const locale = useLocale();
  const { status, answer } = useBoneStatus();
  const plan = usePlan();
  const safe = useMemo(() => {
    let base: MoveRoutine | undefined;
    if (id === WALKING_ROUTINE_ID) {
      const saved = plan.data?.plan;
      const planned = saved
        ? todaysPlan(saved, todayLocal(), []).find((i) => i.routineId === WALKING_ROUTINE_ID)
        : undefined;
      const minutes = planned?.minutes ?? walkingPlan[0]?.minutesPerDay ?? 10;
      base = {
        id,
        name: t('move.walkName'),
        description: '',
        tags: ['walking'],
        items: [{ exerciseId: WALK_EXERCISE, dose: { kind: 'time', seconds: minutes * 60, sets: 1 } }],
        transitionSeconds: 0,
        custom: false,
      };
    } else base = library.routine(id);
    const language = { locale, nameOf: (e: string) => library.exercise(e)?.name };
    return base ? safeRoutine(base, status, answer, (e) => library.exercise(e)?.dose, language) : undefined;
  }, [library, status, answer, id, plan.data, t, locale]);
  return { ...safe, status, library };
}

/** Every routine of `ids` as she may see and play it now (see `useSafeRoutine`). */
export function useSafeRoutines(ids: readonly string[]) {
  const library = useLookup();
  const locale = useLocale();
  const { status, answer } = useBoneStatus();
  const list = useMemo(
    () =>
      ids.flatMap((id) => {
        const base = library.routine(id);
        const language = { locale, nameOf: (e: string) => library.exercise(e)?.name };
        return base ? [safeRoutine(base, status, answer, (e) => library.exercise(e)?.dose, language)] : [];
      }),
    [ids, library, status, answer, locale],
  );
  return { list, status };
}
