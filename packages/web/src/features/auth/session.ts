import type { User } from '@spinekind/core';
import { useQuery } from '@tanstack/react-query';
import { ApiError, api } from '../../lib/api';

export const CACHED_USER = 'spinekind.user';

export function cachedUser(): User | null {
  try {
    return JSON.parse(localStorage.getItem(CACHED_USER) ?? 'null') as User | null;
  } catch {
    return null;
  }
}

/** Who is signed in: the server's answer, or the last known user when the server can't say. */
export function useSession() {
  return useQuery({
    queryKey: ['me'],
    networkMode: 'always',
    retry: false,
    staleTime: 60_000,
    queryFn: async (): Promise<User | null> => {
      try {
        const { user } = await api<{ user: User }>('GET', '/me');
        localStorage.setItem(CACHED_USER, JSON.stringify(user));
        return user;
      } catch (err) {
        // Only the server's 401 ends the session. No network, a server or database that is down, a timeout
        // or any other answer keeps her in as the device knows her (a reload during an outage included).
        if (err instanceof ApiError && err.status === 401) return null;
        return cachedUser();
      }
    },
  });
}
