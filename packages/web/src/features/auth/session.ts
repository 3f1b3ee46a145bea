import type { User } from '@spinekind/core';
import { useQuery } from '@tanstack/react-query';
import { type Account, askMe } from './me';

/**
 * The device's owner (offline/owner.ts) is who the app knows her as when the server can't say. It lives in
 * Dexie, which the sign-in page never needs: loaded only once the server has answered (or could not).
 */
const owners = () => import('../../offline/owner');

/** When the server can't say, only the user is known; the flags wait for the server. */
const offlineAccount = (user: User | undefined): Account | null =>
  user ? { user, admin: false, passwordChangeRequired: false } : null;

function useMe<T>(select: (me: Account | null) => T) {
  return useQuery({
    queryKey: ['me'],
    networkMode: 'always',
    retry: false,
    staleTime: 60_000,
    select,
    queryFn: async (): Promise<Account | null> => {
      const me = await askMe();
      if (me === null) return null;
      // The server can't say: she stays in as the device knows her (a reload during an outage included).
      if (me === undefined) return offlineAccount(await (await owners()).deviceOwner());
      const { claimDevice, deviceOwner } = await owners();
      const owner = await deviceOwner();
      // A first answer on this device makes her its owner (or notes her new email); a device another person
      // owns is settled at sign-in (auth/api.ts: their held changes first).
      if (!owner || (owner.id === me.user.id && owner.email !== me.user.email)) await claimDevice(me.user);
      return me;
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
