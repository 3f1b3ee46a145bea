import { createHash, randomBytes } from 'node:crypto';
import { isLocale, type Locale } from '@spinekind/core';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { Listening } from '../db/listen.js';
import { placeholderFor, prepared } from '../db/prepared.js';
import { users } from '../db/schema/users.js';
import { languageOfUser } from '../profile/store.js';
import type { SessionCache } from './session-cache.js';
import { signInSessions } from './table.js';

export const SESSION_COOKIE = 'spinekind_session';
/** The cookie's name when the app is served over https (`PUBLIC_URL` https): Secure, Path=/, no Domain. */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;
export const sessionCookieName = (secure: boolean) => (secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE);
/** A session ends after this long without use… */
export const IDLE_MS = 14 * 24 * 3600_000;
/** …and in any case this long after sign-in. */
export const ABSOLUTE_MS = 90 * 24 * 3600_000;
// Refresh `last_seen_at` at most this often, so reads don't each cost a write.
const TOUCH_EVERY_MS = 10 * 60_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SessionUser {
  id: string;
  email: string;
  /** The language she chose in her profile, when she chose one. */
  language?: Locale | undefined;
}

/** The user as a request sees her: a language outside ours (an old profile) is no language. */
export const sessionUser = (row: { id: string; email: string; language: string | null }): SessionUser => ({
  id: row.id,
  email: row.email,
  language: isLocale(row.language) ? row.language : undefined,
});

/** The user behind a session cookie, and the session's public id (for "your devices"). */
export interface ResolvedSession {
  user: SessionUser;
  sessionId: string;
}

/** Browsers send long User-Agent strings; her device list needs only the start. */
export const USER_AGENT_MAX = 256;

/** Sessions still usable at `now`: before their absolute end and not idle too long. */
export const liveSession = (now: Date) =>
  and(gt(signInSessions.expiresAt, now), gt(signInSessions.lastSeenAt, new Date(now.getTime() - IDLE_MS)));

/** The user behind a token's hash, if the session is live: run on every signed-in request, so prepared once. */
const lookUp = (db: Db) =>
  prepared(db, 'sessions:resolve', () =>
    db
      .select({
        id: users.id,
        email: users.email,
        language: languageOfUser(users.id),
        sessionId: signInSessions.id,
        lastSeenAt: signInSessions.lastSeenAt,
        expiresAt: signInSessions.expiresAt,
      })
      .from(signInSessions)
      .innerJoin(users, eq(users.id, signInSessions.userId))
      .where(
        and(
          eq(signInSessions.tokenHash, sql.placeholder('tokenHash')),
          // liveSession's two conditions, with `now` and `now - IDLE_MS` filled in per request.
          gt(signInSessions.expiresAt, placeholderFor(signInSessions.expiresAt, 'now')),
          gt(signInSessions.lastSeenAt, placeholderFor(signInSessions.lastSeenAt, 'idleSince')),
        ),
      ),
  );

/**
 * Sessions this process may answer from memory (auth/session-cache.ts): used only once `listening` says every
 * notification of a change committed before the request has been handled.
 */
export interface KeptSessions {
  cache: SessionCache;
  listening: Listening;
}

/** Session storage: random 256-bit tokens, only their SHA-256 kept in the database. */
export function sessionStore(db: Db, kept?: KeptSessions) {
  /**
   * Writes `last_seen_at` when it is older than TOUCH_EVERY_MS: answers the session's `last_seen_at` after
   * that, or undefined when the session is gone.
   */
  const touch = async (tokenHash: string, lastSeenAt: number, now: Date): Promise<number | undefined> => {
    if (now.getTime() - lastSeenAt <= TOUCH_EVERY_MS) return lastSeenAt;
    const rows = await db
      .update(signInSessions)
      .set({ lastSeenAt: now })
      .where(eq(signInSessions.tokenHash, tokenHash))
      .returning({ id: signInSessions.id });
    return rows.length > 0 ? now.getTime() : undefined;
  };

  /** The kept session, when memory may be trusted for this request and it is still live. */
  const fromMemory = async (tokenHash: string, now: Date): Promise<ResolvedSession | undefined> => {
    if (!kept?.cache.get(tokenHash, now.getTime(), IDLE_MS)) return undefined;
    if (!(await kept.listening.caughtUp())) return undefined;
    // Asked again: catching up may just have forgotten it.
    const session = kept.cache.get(tokenHash, now.getTime(), IDLE_MS);
    if (!session) return undefined;
    const lastSeenAt = await touch(tokenHash, session.lastSeenAt, now);
    if (lastSeenAt === undefined) {
      kept.cache.drop(tokenHash);
      return undefined;
    }
    session.lastSeenAt = lastSeenAt;
    return { user: session.user, sessionId: session.sessionId };
  };

  return {
    async create(userId: string, now: Date, userAgent?: string): Promise<{ token: string; expiresAt: Date }> {
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + ABSOLUTE_MS);
      await db.insert(signInSessions).values({
        userId,
        tokenHash: hashToken(token),
        userAgent: userAgent ? userAgent.slice(0, USER_AGENT_MAX) : null,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
      });
      return { token, expiresAt };
    },

    /** The user behind a live token, or undefined when it is unknown, idle too long or past its end. */
    async resolve(token: string, now: Date): Promise<ResolvedSession | undefined> {
      const tokenHash = hashToken(token);
      const remembered = await fromMemory(tokenHash, now);
      if (remembered) return remembered;
      // Read before the lookup: a change heard while it runs means what it reads must not be kept.
      const readFrom = kept?.cache.generation;
      const rows = await lookUp(db).execute({
        tokenHash,
        now,
        idleSince: new Date(now.getTime() - IDLE_MS),
      });
      const row = rows[0];
      const lastSeenAt = row && (await touch(tokenHash, row.lastSeenAt.getTime(), now));
      if (!row || lastSeenAt === undefined) return undefined;
      const resolved = { user: sessionUser(row), sessionId: row.sessionId };
      if (kept && readFrom !== undefined) {
        kept.cache.set(
          tokenHash,
          { ...resolved, expiresAt: row.expiresAt.getTime(), lastSeenAt, cachedAt: now.getTime() },
          readFrom,
        );
      }
      return resolved;
    },

    async revoke(token: string): Promise<void> {
      const tokenHash = hashToken(token);
      await db.delete(signInSessions).where(eq(signInSessions.tokenHash, tokenHash));
      // The database's notification forgets it everywhere; here at once, whatever the notification's way.
      kept?.cache.drop(tokenHash);
    },

    /** Drops expired signInSessions; called now and then, never needed for correctness. */
    async purgeExpired(now: Date): Promise<void> {
      await db.delete(signInSessions).where(lt(signInSessions.expiresAt, now));
    },
  };
}
