import {
  type BoneSwap,
  boneCaution,
  routineForBones,
  todaysPlan,
  WALKING_ROUTINE_ID,
  walkingPlan,
} from '@spinekind/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { todayLocal } from '../../lib/dates';
import { useBoneCondition, usePlan } from './api';
import type { MoveRoutine } from './library';
import { useLookup } from './sessions';

/** The walking plan's exercise: one timed walk, as long as today's step of the plan. */
const WALK_EXERCISE = 'brisk-walk';

/**
 * A routine ready to show or play. With osteoporosis or osteopenia in her profile, exercises
 * that are not bone-safe are swapped or left out (core `routineForBones`), and `swaps` says which;
 * her own routines are played as built, with a `caution` (core `boneCaution`).
 * `walking` is today's walk from the walking plan.
 */
export function useSafeRoutine(id: string) {
  const { t } = useTranslation();
  const library = useLookup();
  const bone = useBoneCondition();
  const plan = usePlan();
  const safe = useMemo(() => {
    const none = { routine: undefined, swaps: [] as BoneSwap[], caution: null };
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
    if (!base) return none;
    if (!bone) return { routine: base, swaps: [] as BoneSwap[], caution: null };
    // Her own routines play as she built them, with a caution naming what is usually avoided.
    if (base.custom)
      return { routine: base, swaps: [] as BoneSwap[], caution: boneCaution(base, { boneHealth: bone }) };
    const { routine, swaps } = routineForBones(base, { boneHealth: bone });
    const items = routine.items.flatMap((item) => {
      const dose = 'dose' in item && item.dose ? item.dose : library.exercise(item.exerciseId)?.dose;
      return dose ? [{ exerciseId: item.exerciseId, dose }] : [];
    });
    return { routine: { ...base, items }, swaps, caution: null };
  }, [library, bone, id, plan.data, t]);
  return { ...safe, bone, library };
}
