import type { SessionUser } from './sign-in-sessions.js';

/** A live session as the database last said it was, kept so a request need not ask again. */
export interface CachedSession {
  user: SessionUser;
  sessionId: string;
  expiresAt: number;
  /** `last_seen_at` as this process last read or wrote it (another instance may have written a later one). */
  lastSeenAt: number;
  cachedAt: number;
}

/**
 * The notification channel of migration 0024's triggers: the id of a user whose session ended, whose account
 * was deleted, or whose email or language changed; `*` when a table was emptied.
 */
export const SIGN_IN_CHANGES = 'sign_in_changes';

/** How many sessions one process keeps; past it, the oldest kept goes first. */
export const CACHE_MAX_SESSIONS = 10_000;
/**
 * A kept session is asked of the database again after this long, whatever the notifications said: a bound on
 * any mistake in them, at one lookup per session a minute.
 */
export const CACHE_MAX_AGE_MS = 60_000;

/**
 * Sessions by token hash, forgotten per user when the database says something about that user changed
 * (SIGN_IN_CHANGES: a session ended, the account deleted, its email or language changed), and all at
 * once when listening stops or starts. `generation` counts those forgettings, so a lookup that raced one
 * can tell it must not keep what it read.
 */
export function sessionCache({ maxSessions = CACHE_MAX_SESSIONS, maxAgeMs = CACHE_MAX_AGE_MS } = {}) {
  const byToken = new Map<string, CachedSession>();
  const byUser = new Map<string, Set<string>>();
  let generation = 0;

  const drop = (tokenHash: string) => {
    const kept = byToken.get(tokenHash);
    if (!kept) return;
    byToken.delete(tokenHash);
    const tokens = byUser.get(kept.user.id);
    tokens?.delete(tokenHash);
    if (tokens?.size === 0) byUser.delete(kept.user.id);
  };

  return {
    get generation() {
      return generation;
    },
    get size() {
      return byToken.size;
    },
    /** The session, if kept, not too old, and still live at `now` by what was last read. */
    get(tokenHash: string, now: number, idleMs: number): CachedSession | undefined {
      const kept = byToken.get(tokenHash);
      if (!kept) return undefined;
      if (now - kept.cachedAt > maxAgeMs || kept.expiresAt <= now || kept.lastSeenAt <= now - idleMs) {
        drop(tokenHash);
        return undefined;
      }
      return kept;
    },
    /** Keeps a session read from the database, unless something was forgotten since `readFrom` (a generation). */
    set(tokenHash: string, session: CachedSession, readFrom: number): void {
      if (readFrom !== generation) return;
      drop(tokenHash);
      if (byToken.size >= maxSessions) {
        const oldest = byToken.keys().next().value;
        if (oldest !== undefined) drop(oldest);
      }
      byToken.set(tokenHash, session);
      const tokens = byUser.get(session.user.id) ?? new Set<string>();
      tokens.add(tokenHash);
      byUser.set(session.user.id, tokens);
    },
    drop,
    /** Forgets every session of this user. */
    forgetUser(userId: string): void {
      generation += 1;
      for (const tokenHash of byUser.get(userId) ?? []) byToken.delete(tokenHash);
      byUser.delete(userId);
    },
    /** Forgets everything. */
    clear(): void {
      generation += 1;
      byToken.clear();
      byUser.clear();
    },
  };
}

export type SessionCache = ReturnType<typeof sessionCache>;
