import type { Me, SignedIn } from '@spinekind/core';
import { ApiError, call } from '../../lib/api';

/** `GET /me`: who is signed in, whether she runs this server, and whether her password must change. */
export type Account = Me & SignedIn;

/**
 * The server's `GET /me`: her account, or `null` on its 401 (only the server's 401 ends a session); `undefined`
 * when it cannot say (no network, a server or database that is down, a timeout, any other answer), so the
 * caller goes by what the device knows. The signed-in app asks through its query (session.ts), the public
 * pages without one (public-api.ts).
 */
export async function askMe(): Promise<Account | null | undefined> {
  try {
    return await call('GET /me');
  } catch (err) {
    return err instanceof ApiError && err.status === 401 ? null : undefined;
  }
}
