import { todayReads } from '../features/checkins/today-reads';
import { REQUEST_TIMEOUT_MS } from '../lib/api';
import { readEarly } from '../lib/early';
import { signOutPending } from '../lib/signed-out';

/** Pages for someone not signed in (main.tsx's public routes): they ask nothing early. */
const PUBLIC = /^\/(signin|signup|join|forgot|reset|help|shared)(\/|$)/;

/**
 * Starts the first reads of the page the address names while its code downloads (lib/early.ts): who is
 * signed in, and once the server says someone is, what Today shows first. On a phone on a slow network
 * these answers are in before the screens' JavaScript, instead of being asked after it.
 */
export function startEarlyReads(pathname: string, language: string): void {
  if (signOutPending() || PUBLIC.test(pathname)) return;
  void readEarly('/me', language, REQUEST_TIMEOUT_MS).then((me) => {
    if (me?.ok && pathname === '/')
      for (const path of todayReads()) void readEarly(path, language, REQUEST_TIMEOUT_MS);
  });
}
