/**
 * Reads started before a screen's code has arrived (main.tsx): on a slow phone the screen's JavaScript
 * takes seconds, and its data can come in meanwhile. The first `api()` read of the same path and language
 * takes the answer instead of asking again; an answer nobody took within `FRESH_MS` is dropped, so a
 * screen never shows data older than a moment. Nothing is read early while a sign-out waits to reach the
 * server (lib/signed-out.ts): nothing may travel with that session's cookie.
 */
const FRESH_MS = 10_000;
const early = new Map<string, { at: number; answer: Promise<Response | undefined> }>();

/**
 * Starts `GET /api/v1<path>` now, as `api()` would ask it in `language` (and with its timeout); answers its
 * response, or undefined when it could not be had.
 */
export function readEarly(path: string, language: string, timeoutMs: number): Promise<Response | undefined> {
  const key = `${language} ${path}`;
  const answer = fetch(`/api/v1${path}`, {
    credentials: 'same-origin',
    headers: { 'accept-language': language },
    signal: AbortSignal.timeout(timeoutMs),
  }).catch(() => undefined);
  early.set(key, { at: Date.now(), answer });
  return answer;
}

/** The early answer to this read, once; undefined when none was started, it is stale, or it failed. */
export async function takeEarly(path: string, language: string): Promise<Response | undefined> {
  const key = `${language} ${path}`;
  const found = early.get(key);
  early.delete(key);
  if (!found || Date.now() - found.at > FRESH_MS) return undefined;
  return found.answer;
}

/**
 * Forgets every early read: called before any write goes out, so an answer asked before the write (a
 * list without the record just sent) is never taken for one asked after it.
 */
export function dropEarly(): void {
  early.clear();
}
