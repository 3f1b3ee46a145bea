import { readSetting, writeSetting } from './device-settings';

/**
 * A sign-out the server has not heard yet (she signed out offline). The session cookie is HttpOnly, so
 * the page can't remove it; instead nothing is sent with it until `POST /auth/logout` has gone through.
 * The flag itself holds nothing of hers.
 */
const SIGNED_OUT = 'spinekind.signOutPending';
/** Device settings, not her data: kept when she signs out. */
const DEVICE_KEYS = new Set(['spinekind.voiceCues', 'spinekind.theme', SIGNED_OUT]);

export const signOutPending = (): boolean => localStorage.getItem(SIGNED_OUT) === '1';

/**
 * Someone was signed in on this device when a signed-in screen last showed (a hint, not a session: the cookie
 * decides). The public pages ask the server who is signed in only when it is set, so a visitor's sign-in page
 * sends no `GET /me` whose 401 the browser would log as an error. Not a device setting: a sign-out forgets it.
 */
const SIGNED_IN = 'spinekind.signedIn';

export const maybeSignedIn = (): boolean => readSetting(SIGNED_IN) === '1';

/**
 * The server sent this page for a visit with a session cookie (a marker in its head: server
 * http/web-app.ts); the cookie itself is out of the page's reach. Not proof of a valid session.
 */
export const sessionPage = (): boolean => document.querySelector('meta[name="spinekind-session"]') !== null;

export function markSignedIn(signedIn: boolean): void {
  writeSetting(SIGNED_IN, signedIn ? '1' : null);
}

export function markSignOutPending(pending: boolean): void {
  if (pending) localStorage.setItem(SIGNED_OUT, '1');
  else localStorage.removeItem(SIGNED_OUT);
}

/** Removes every key of ours from localStorage except device settings, so no copy of hers outlives a sign-out. */
export function forgetStoredKeys(): void {
  const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
  for (const key of keys) {
    if (key?.startsWith('spinekind.') && !DEVICE_KEYS.has(key)) localStorage.removeItem(key);
  }
}

/**
 * Ends on the server a session she closed offline, before any other request may use it. Any answer from
 * the server (204, or 401 when it had already expired) settles it; no network keeps the flag.
 */
export async function finishPendingSignOut(): Promise<boolean> {
  if (!signOutPending()) return true;
  try {
    await fetch('/api/v1/auth/logout', { method: 'POST', credentials: 'same-origin' });
  } catch {
    return false;
  }
  markSignOutPending(false);
  return true;
}
