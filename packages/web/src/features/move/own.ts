import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api';
import { readWithCopy } from '../../offline/cache';

/**
 * Move's online data (her own exercises and routines here, the weekly plan in api.ts). Each read keeps a
 * copy on the device, so the player and the plan card work offline; writes need the network and say so.
 * Her own lists live apart from api.ts, which brings the exercise library: History names her sessions
 * without it.
 */
export function cachedQuery<T>(key: string, read: () => Promise<T>) {
  return () => readWithCopy(key, read);
}

export function useCustomExercises() {
  return useQuery({
    queryKey: ['custom-exercises'],
    queryFn: cachedQuery('custom-exercises', async () => (await call('GET /custom-exercises')).items),
    networkMode: 'always',
    retry: false,
  });
}

export function useCustomRoutines() {
  return useQuery({
    queryKey: ['custom-routines'],
    queryFn: cachedQuery('custom-routines', async () => (await call('GET /custom-routines')).items),
    networkMode: 'always',
    retry: false,
  });
}
