import { deviceCopy, keepCopy } from '../offline/cache';
import { ifMatch } from './api';

/**
 * Her per-user documents (profile, weekly plan, break settings) are saved whole, from any device. Each
 * answer carries the document's `version`; this device remembers the last one it read or saved, and a save
 * names it in `If-Match`, so a save based on an older copy is refused (409, "changed on another device")
 * instead of writing over a change made elsewhere. The version is kept on the device too (beside the offline
 * copy), so a save made from that copy after a reload offline still names the version it was based on.
 */
const versions = new Map<string, number>();

/** Keeps the version from an answer of `GET` or `PUT` on `path` (e.g. `/profile`), and answers the body. */
export function noteVersion<T extends object>(path: string, answer: T): T {
  const { version } = answer as { version?: unknown };
  if (typeof version === 'number') {
    versions.set(path, version);
    void keepCopy(versionKey(path), version).catch((err) =>
      console.warn('Could not keep the version of a document on this device', err),
    );
  }
  return answer;
}

const versionKey = (path: string) => `version:${path}`;

/** `If-Match` for a save of the document at `path`: the version read in this session, else the device's. */
export async function basedOn(path: string): Promise<Record<string, string>> {
  return ifMatch(versions.get(path) ?? (await deviceCopy<number>(versionKey(path))));
}
