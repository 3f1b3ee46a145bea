import type { User } from '@spinekind/core';
import type { QueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { clearLocalData, db } from '../sync/db';
import { CACHED_USER, cachedUser } from './session';

/** Signs in or registers; a different user on this device starts from a clean local copy. */
export async function authenticate(
  kind: 'login' | 'register',
  credentials: { email: string; password: string },
  client: QueryClient,
): Promise<User> {
  const { user } = await api<{ user: User }>('POST', `/auth/${kind}`, credentials);
  if (cachedUser()?.id !== user.id) await clearLocalData();
  localStorage.setItem(CACHED_USER, JSON.stringify(user));
  client.setQueryData(['me'], user);
  return user;
}

export const waitingCount = () => db.outbox.count();

/** Ends the session on the server (when reachable) and forgets this device's copy. */
export async function signOut(client: QueryClient): Promise<void> {
  await api('POST', '/auth/logout').catch(() => undefined);
  await clearLocalData();
  localStorage.removeItem(CACHED_USER);
  client.setQueryData(['me'], null);
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
}

export async function deleteAccount(password: string, client: QueryClient): Promise<void> {
  await api('DELETE', '/me', { password });
  await clearLocalData();
  localStorage.removeItem(CACHED_USER);
  client.setQueryData(['me'], null);
}
