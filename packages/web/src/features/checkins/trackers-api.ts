import type { Tracker } from '@spinekind/core';
import { useQuery } from '@tanstack/react-query';
import { call, NetworkError } from '../../lib/api';
import { readWithCopy } from '../../offline/cache';

/** Key of the device copy of her trackers (Dexie `cached`), so check-ins offline still show them. */
export const TRACKERS_COPY = 'trackers';

/** The user's trackers (archived ones included), kept on the device for offline check-ins. */
export function useTrackers() {
  return useQuery({
    queryKey: ['trackers'],
    networkMode: 'always',
    retry: false,
    queryFn: async (): Promise<Tracker[]> => {
      try {
        return await readWithCopy(TRACKERS_COPY, async () => {
          const { items } = await call('GET /trackers');
          return items;
        });
      } catch (err) {
        // Offline with no copy yet: the form goes on without trackers.
        if (err instanceof NetworkError) return [];
        throw err;
      }
    },
  });
}
