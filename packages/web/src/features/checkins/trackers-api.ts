import type { Tracker } from '@spinekind/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

const CACHE = 'spinekind.trackers';

/** The user's trackers (archived ones included), cached for offline check-ins. */
export function useTrackers() {
  return useQuery({
    queryKey: ['trackers'],
    networkMode: 'always',
    retry: false,
    queryFn: async (): Promise<Tracker[]> => {
      try {
        const { items } = await api<{ items: Tracker[] }>('GET', '/trackers');
        localStorage.setItem(CACHE, JSON.stringify(items));
        return items;
      } catch {
        return JSON.parse(localStorage.getItem(CACHE) ?? '[]') as Tracker[];
      }
    },
  });
}
