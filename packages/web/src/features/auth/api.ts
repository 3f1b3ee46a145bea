import type { User } from '@spinekind/core';
import type { QueryClient } from '@tanstack/react-query';
import { queryClient } from '../../app/query-client';
import { call } from '../../lib/api';
import { forgetStoredKeys, markSignOutPending } from '../../lib/signed-out';
import { clearLocalData, db } from '../../offline/db';
import { claimDevice, type DeviceOwner, deviceOwner, maskEmail } from '../../offline/owner';
import { forgetPush } from '../breaks/push';
import { herData } from './forget';
import type { Account } from './me';
import { forgetPasswordNotice } from './password-notice';

/**
 * Someone else's changes wait on this device: nothing was cleared, and the new session was ended again so
 * nothing syncs under the wrong account. She chooses: sign in as their owner, download them, or discard them.
 */
export class HeldChanges extends Error {
  /** `m…@example.org`: enough for her to know it is hers, not enough to hand her address out. */
  readonly maskedEmail: string;
  constructor(
    readonly owner: DeviceOwner,
    readonly count: number,
  ) {
    super('Changes from another account are waiting on this device.');
    this.name = 'HeldChanges';
    this.maskedEmail = maskEmail(owner.email);
  }
}

/**
 * Signs in or registers (with an invite when the server asks for one); a different user on this device
 * starts from a clean local copy, unless another account's changes still wait to sync: then `HeldChanges`
 * is thrown and nothing is cleared, until she asks for them to be discarded (`discardHeld`).
 */
export async function authenticate(
  kind: 'login' | 'register',
  credentials: { email: string; password: string; inviteToken?: string },
  { discardHeld = false } = {},
): Promise<User> {
  const answer = await call(`POST /auth/${kind}`, { body: credentials });
  const { user } = answer;
  const owner = await deviceOwner();
  if (owner?.id !== user.id) {
    const waiting = owner ? await db.outbox.count() : 0;
    if (owner && waiting > 0 && !discardHeld) {
      await call('POST /auth/logout').catch(() => undefined);
      throw new HeldChanges(owner, waiting);
    }
    await clearLocalData();
  }
  await claimDevice(user);
  const me: Account = {
    user,
    admin: false,
    passwordChangeRequired: 'passwordChangeRequired' in answer && answer.passwordChangeRequired,
  };
  queryClient.setQueryData(['me'], me);
  // Only GET /me says whether she runs this server.
  void queryClient.invalidateQueries({ queryKey: ['me'] });
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
  await call('POST /auth/logout').catch(() => {
    ended = false;
  });
  markSignOutPending(!ended);
  await forgetDevice(client);
}

export async function deleteAccount(password: string, client: QueryClient): Promise<void> {
  await call('DELETE /me', { body: { password } });
  await forgetPush();
  await forgetDevice(client);
}

async function forgetDevice(client: QueryClient): Promise<void> {
  // Nothing of hers is fetched from here on (the session is gone: it would be a 401).
  await client.cancelQueries({ predicate: herData });
  await clearLocalData();
  forgetStoredKeys();
  forgetPasswordNotice();
  client.setQueryData(['me'], null);
  // What no screen shows goes now; the rest when the signed-in screens have gone (`forgetShownData`):
  // a query taken away under a screen still on show is fetched again the next time that screen renders.
  client.removeQueries({ predicate: (q) => herData(q) && q.getObserversCount() === 0 });
}

/** What waits on this device and whose it is (the signed-out page only promises what is true). */
export async function waitingOnDevice(): Promise<{ maskedEmail?: string; count: number }> {
  const owner = await deviceOwner();
  return { maskedEmail: owner && maskEmail(owner.email), count: await db.outbox.count() };
}

export { downloadHeld } from '../../offline/owner';
