import type { User } from '@spinekind/core';
import type { QueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { forgetStoredKeys, markSignOutPending } from '../../lib/signed-out';
import { forgetPush } from '../breaks/push';
import { clearLocalData, db } from '../sync/db';
import { forgetPasswordNotice } from './password-notice';
import { type Account, CACHED_USER, cachedUser } from './session';

/**
 * Signs in or registers (with an invite when the server asks for one); a different user on this device
 * starts from a clean local copy.
 */
export async function authenticate(
  kind: 'login' | 'register',
  credentials: { email: string; password: string; inviteToken?: string },
  client: QueryClient,
): Promise<User> {
  const answer = await api<{ user: User; passwordChangeRequired?: boolean }>(
    'POST',
    `/auth/${kind}`,
    credentials,
  );
  const { user } = answer;
  if (cachedUser()?.id !== user.id) await clearLocalData();
  localStorage.setItem(CACHED_USER, JSON.stringify(user));
  const me: Account = { user, admin: false, passwordChangeRequired: answer.passwordChangeRequired ?? false };
  client.setQueryData(['me'], me);
  // Only GET /me says whether she runs this server.
  void client.invalidateQueries({ queryKey: ['me'] });
  return user;
}

export const waitingCount = () => db.outbox.count();

/**
 * Ends the session and forgets everything of hers on this device. Offline, the server is told as soon as
 * the device is back online, before any other request (lib/signed-out.ts); the page treats her as signed
 * out at once either way.
 */
export async function signOut(client: QueryClient): Promise<void> {
  await forgetPush();
  let ended = true;
  await api('POST', '/auth/logout').catch(() => {
    ended = false;
  });
  markSignOutPending(!ended);
  await forgetDevice(client);
}

export async function deleteAccount(password: string, client: QueryClient): Promise<void> {
  await api('DELETE', '/me', { password });
  await forgetPush();
  await forgetDevice(client);
}

async function forgetDevice(client: QueryClient): Promise<void> {
  await clearLocalData();
  forgetStoredKeys();
  forgetPasswordNotice();
  localStorage.removeItem(CACHED_USER);
  client.setQueryData(['me'], null);
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
}
