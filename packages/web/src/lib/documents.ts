import { ifMatch } from './api';

/**
 * Her per-user documents (profile, weekly plan, break settings) are saved whole, from any device. Each
 * answer carries the document's `version`; this device remembers the last one it read or saved, and a save
 * names it in `If-Match`, so a save based on an older copy is refused (409, "changed on another device")
 * instead of writing over a change made elsewhere. A copy read from the device (offline) sets no version:
 * its save goes without `If-Match` (last writer wins), as before versions.
 */
const versions = new Map<string, number>();

/** Keeps the version from an answer of `GET` or `PUT` on `path` (e.g. `/profile`), and answers the body. */
export function noteVersion<T extends object>(path: string, answer: T): T {
  const { version } = answer as { version?: unknown };
  if (typeof version === 'number') versions.set(path, version);
  return answer;
}

/** `If-Match` for a save of the document at `path`. */
export const basedOn = (path: string): Record<string, string> => ifMatch(versions.get(path));
