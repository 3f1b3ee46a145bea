import { useEffect } from 'react';

/**
 * Keeps the screen on while `active` (Screen Wake Lock API). The browser drops the lock when the
 * page is hidden, so it is asked for again when the page comes back. Where the API is missing or
 * the browser says no (battery saver, no user gesture), the player simply runs without it.
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || typeof navigator === 'undefined' || !('wakeLock' in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let stopped = false;
    const acquire = async () => {
      if (document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      try {
        const got = await navigator.wakeLock.request('screen');
        if (stopped) await got.release();
        else sentinel = got;
      } catch {
        // Refused: not an error for her, the screen may just dim as usual.
      }
    };
    const onVisibility = () => void acquire();
    void acquire();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisibility);
      sentinel?.release().catch(() => {});
    };
  }, [active]);
}
