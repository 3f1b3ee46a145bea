import type { Profile } from '@spinekind/core';
import { type AnyColumn, sql } from 'drizzle-orm';
import type { UserScope } from '../db/scope.js';
import { countChange } from '../versions/versions.js';
import { profiles } from './table.js';

/** The user's profile document, `{}` until she fills anything in. */
export async function loadProfile(scope: UserScope): Promise<Profile> {
  return (await loadProfileDocument(scope)).profile;
}

/** Writes her one profile document (insert or replace); every save counts one change of its version. */
export async function saveProfile(scope: UserScope, data: Profile, now: Date): Promise<void> {
  await scope.db
    .insert(profiles)
    .values({ userId: scope.userId, data, updatedAt: now })
    .onConflictDoUpdate({ target: profiles.userId, set: { data, updatedAt: now, ...countChange(profiles) } });
}

/** Her profile as `GET /profile` answers it: the document and its version (0 until she saves one). */
export async function loadProfileDocument(scope: UserScope): Promise<{ profile: Profile; version: number }> {
  const [row] = await scope.db.select().from(profiles).where(scope.where(profiles));
  return { profile: row?.data ?? {}, version: row?.version ?? 0 };
}

/**
 * Her chosen language as a SQL expression on the users row a query already reads, so the session
 * lookup learns it without a second query (`null` until she chooses one).
 */
export const languageOfUser = (userId: AnyColumn) =>
  sql<
    string | null
  >`(select ${profiles.data}->>'language' from ${profiles} where ${profiles.userId} = ${userId})`;
