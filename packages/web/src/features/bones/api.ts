import type { ProgrammeLoad } from '@spinekind/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLiveQuery } from 'dexie-react-hooks';
import { call } from '../../lib/api';
import { deviceTimeZone as timeZone } from '../../lib/time-zone';
import { readWithCopy } from '../../offline/cache';
import { db } from '../../offline/db';

const useCachedQuery = <T>(key: string[], read: () => Promise<T>) =>
  useQuery({
    queryKey: key,
    queryFn: () => readWithCopy(key.join(':'), read),
    networkMode: 'always',
    retry: false,
  });

/** The built-in programmes adapted to her profile, and which she follows (a copy is kept on the device). */
export const useProgrammes = () => useCachedQuery(['programmes'], () => call('GET /programmes'));

/** Today's bone-health blocks. */
export const useBoneToday = () =>
  useCachedQuery(['programmes', 'today'], () =>
    call('GET /programmes/bone-health/today', { query: `timeZone=${encodeURIComponent(timeZone())}` }),
  );

/** Her logged sets of one exercise and its weeks. */
export const useExerciseHistory = (id: string) =>
  useCachedQuery(['exercise-history', id], () => call('GET /exercises/:id/history', { params: { id } }));

/** Start or stop following the programme; both need the network and refresh the screens that show it. */
export function useFollow() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['programmes'] });
  const start = useMutation({
    mutationFn: () =>
      call('POST /programmes/:id/start', { params: { id: 'bone-health' }, body: { timeZone: timeZone() } }),
    onSuccess: refresh,
    networkMode: 'always',
  });
  const stop = useMutation({
    mutationFn: () => call('DELETE /programmes/:id/start', { params: { id: 'bone-health' } }),
    onSuccess: refresh,
    networkMode: 'always',
  });
  return { start, stop };
}

/** Her last logged set per exercise on this device (what the set logger starts from). */
export function useLastSets():
  | Map<string, { reps?: number; rpe?: number; load: ProgrammeLoad | null }>
  | undefined {
  return useLiveQuery(async () => {
    const sessions = await db.sessions.orderBy('startedAt').toArray();
    const last = new Map<string, { reps?: number; rpe?: number; load: ProgrammeLoad | null }>();
    for (const s of sessions)
      for (const e of s.exercises ?? []) {
        const set = e.sets?.at(-1);
        if (!set) continue;
        const load =
          set.loadKg !== undefined
            ? { loadKg: set.loadKg }
            : set.band
              ? { band: set.band }
              : set.bodyweight
                ? { bodyweight: true as const }
                : null;
        last.set(e.exerciseId, { reps: set.reps, rpe: set.rpe, load });
      }
    return last;
  }, []);
}
