import type { User } from '@spinekind/core';
import { useQuery } from '@tanstack/react-query';
import { ApiError, api, NetworkError } from '../../lib/api';

export const CACHED_USER = 'spinekind.user';

export function cachedUser(): User | null {
  try {
    return JSON.parse(localStorage.getItem(CACHED_USER) ?? 'null') as User | null;
  } catch {
    return null;
  }
}

/** Who is signed in: the server's answer, or the last known user when offline. */
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
        if (err instanceof NetworkError) return cachedUser();
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
  });
}
