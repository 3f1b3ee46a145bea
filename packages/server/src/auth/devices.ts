import type { DeviceSession } from '@spinekind/core';
import { desc, eq, ne } from 'drizzle-orm';
import type { UserScope } from '../db/scope.js';
import { liveSession } from './sign-in-sessions.js';
import { accessTokens, signInSessions } from './table.js';

/** Her signed-in devices (live sign-in sessions), newest first; `current` marks the one asking. */
export async function listDevices(
  scope: UserScope,
  currentId: string | undefined,
  now: Date,
): Promise<DeviceSession[]> {
  const rows = await scope.db
    .select({
      id: signInSessions.id,
      createdAt: signInSessions.createdAt,
      lastSeenAt: signInSessions.lastSeenAt,
      userAgent: signInSessions.userAgent,
    })
    .from(signInSessions)
    .where(scope.where(signInSessions, liveSession(now)))
    .orderBy(desc(signInSessions.createdAt), desc(signInSessions.id));
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    lastSeenAt: r.lastSeenAt.toISOString(),
    userAgent: r.userAgent,
    current: r.id === currentId,
  }));
}

/** Signs one device out by its session's public id; false when she has no session with that id. */
export async function endDevice(scope: UserScope, id: string): Promise<boolean> {
  const rows = await scope.db
    .delete(signInSessions)
    .where(scope.where(signInSessions, eq(signInSessions.id, id)))
    .returning({ id: signInSessions.id });
  return rows.length > 0;
}

/**
 * "Sign out everywhere else": every session of hers except `keepId` (every one when undefined) and every
 * access token of hers end. Run inside the caller's transaction when it changes more (a new password).
 */
export async function endOtherSignIns(scope: UserScope, keepId: string | undefined): Promise<void> {
  await scope.db
    .delete(signInSessions)
    .where(scope.where(signInSessions, keepId === undefined ? undefined : ne(signInSessions.id, keepId)));
  await scope.db.delete(accessTokens).where(scope.where(accessTokens));
}
