/**
 * A sign-out the server has not heard yet (she signed out offline). The session cookie is HttpOnly, so
 * the page can't remove it; instead nothing is sent with it until `POST /auth/logout` has gone through.
 * The flag itself holds nothing of hers.
 */
const SIGNED_OUT = 'spinekind.signOutPending';
/** Device settings, not her data: kept when she signs out. */
const DEVICE_KEYS = new Set(['spinekind.voiceCues', 'spinekind.theme', SIGNED_OUT]);

export const signOutPending = (): boolean => localStorage.getItem(SIGNED_OUT) === '1';

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
