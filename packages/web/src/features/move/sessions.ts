import {
  addLocalDays,
  libraryOf,
  localDateOf,
  progressionAdvice,
  type RoutineAdvice,
  type SessionInput,
} from '@spinekind/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useLocale } from '../../i18n/locale';
import { todayLocal } from '../../lib/dates';
import { db, type LocalSession } from '../../offline/db';
import { enqueue } from '../../offline/outbox';
import { useBoneStatus } from './api';
import { useCatalogue } from './catalogue';
import { lookup } from './library';
import { useCustomExercises, useCustomRoutines } from './own';

/** Saves a played session on the device first; the outbox sends it with its id, so it lands once. */
export async function createSession(input: SessionInput & { id: string }): Promise<void> {
  const now = new Date().toISOString();
  const local: LocalSession = {
    ...input,
    exercises: input.exercises ?? null,
    notes: input.notes ?? null,
    localDate: localDateOf(input.startedAt),
    createdAt: now,
    updatedAt: now,
    pending: true,
  };
  await enqueue({ resource: 'sessions', kind: 'create', id: input.id, payload: input }, local);
}

/** Catalogue (in her language) plus her own exercises and routines (cached on the device). */
export function useLookup() {
  const catalogue = useCatalogue();
  const exercises = useCustomExercises();
  const routines = useCustomRoutines();
  const data = useMemo(
    () => lookup({ exercises: exercises.data ?? [], routines: routines.data ?? [] }, catalogue),
    [exercises.data, routines.data, catalogue],
  );
  return {
    ...data,
    catalogue: catalogue.library,
    exercises,
    routines,
    loading: exercises.isPending || routines.isPending,
  };
}

/** Days of sessions and check-ins the advice looks back over. */
const ADVICE_WINDOW_DAYS = 60;

/**
 * Progression advice for one routine, computed on the device from the sessions and check-ins it
 * holds (the same core rules as `GET /progression`), so it is there offline right after a session.
 */
export function useRoutineAdvice(routineId: string): RoutineAdvice | undefined {
  const today = todayLocal();
  const from = addLocalDays(today, -ADVICE_WINDOW_DAYS);
  const { status } = useBoneStatus();
  // Until her bone-health answer is known, advice offers only bone-safe harder variants.
  const boneSafeOnly = status.state !== 'known' || status.condition !== null;
  const custom = useLookup();
  const locale = useLocale();
  const sessions = useLiveQuery(
    () => db.sessions.where('localDate').between(from, today, true, true).toArray(),
    [from, today],
  );
  const checkins = useLiveQuery(
    () => db.checkins.where('localDate').between(from, addLocalDays(today, 1), true, true).toArray(),
    [from, today],
  );
  return useMemo(() => {
    if (!sessions || !checkins) return undefined;
    const rated = sessions.filter((s) => s.routineId === routineId && !s.syncError);
    if (rated.length === 0) return undefined;
    const library = libraryOf(custom.catalogue, {
      exercises: custom.exercises.data ?? [],
      routines: custom.routines.data ?? [],
    });
    return progressionAdvice(rated, checkins, library, { boneSafeOnly, locale })[0];
  }, [
    sessions,
    checkins,
    routineId,
    boneSafeOnly,
    locale,
    custom.catalogue,
    custom.exercises.data,
    custom.routines.data,
  ]);
}
