import type { Me, SignedIn, User } from '@spinekind/core';
import { useQuery } from '@tanstack/react-query';
import { ApiError, call } from '../../lib/api';

export const CACHED_USER = 'spinekind.user';

/** `GET /me`: who is signed in, whether she runs this server, and whether her password must change. */
export type Account = Me & SignedIn;

export function cachedUser(): User | null {
  try {
    return JSON.parse(localStorage.getItem(CACHED_USER) ?? 'null') as User | null;
  } catch {
    return null;
  }
}

/** When the server can't say, only the user is known; the flags wait for the server. */
const offlineAccount = (user: User | null): Account | null =>
  user && { user, admin: false, passwordChangeRequired: false };

function useMe<T>(select: (me: Account | null) => T) {
  return useQuery({
    queryKey: ['me'],
    networkMode: 'always',
    retry: false,
    staleTime: 60_000,
    select,
    queryFn: async (): Promise<Account | null> => {
      try {
        const me = await call('GET /me');
        localStorage.setItem(CACHED_USER, JSON.stringify(me.user));
        return me;
      } catch (err) {
        // Only the server's 401 ends the session. No network, a server or database that is down, a timeout
        // or any other answer keeps her in as the device knows her (a reload during an outage included).
        if (err instanceof ApiError && err.status === 401) return null;
        return offlineAccount(cachedUser());
      }
    },
  });
}

const userOf = (me: Account | null) => me?.user ?? null;
const whole = (me: Account | null) => me;

/** Who is signed in: the server's answer, or the last known user when the server can't say. */
export function useSession() {
  return useMe(userOf);
}

/** The whole `GET /me` answer (admin, passwordChangeRequired beside the user). */
export function useAccount() {
  return useMe(whole);
}
