import { REQUEST_TIMEOUT_MS } from '../lib/api';
import { readEarly } from '../lib/early';
import { signOutPending } from '../lib/signed-out';
import { firstReads } from './first-reads';

/** Pages for someone not signed in (main.tsx's public routes): they ask nothing early. */
const PUBLIC = /^\/(signin|signup|join|forgot|reset|help|shared)(\/|$)/;

/**
 * Starts the first reads of the page the address names while its code downloads (lib/early.ts): who is
 * signed in, and once the server says someone is, what the screen shows first (app/first-reads.ts). On a
 * phone on a slow network these answers are in before the screens' JavaScript, instead of after it.
 */
export function startEarlyReads(pathname: string, language: string): void {
  if (signOutPending() || PUBLIC.test(pathname)) return;
  void readEarly('/me', language, REQUEST_TIMEOUT_MS).then((me) => {
    if (me?.ok) for (const path of firstReads(pathname)) void readEarly(path, language, REQUEST_TIMEOUT_MS);
  });
}
