import type { Profile } from '@spinekind/core';
import type { UserScope } from '../db/scope.js';
import { countChange, singletonVersion } from '../versions/versions.js';
import { profiles } from './table.js';

/** The user's profile document, `{}` until she fills anything in. */
export async function loadProfile(scope: UserScope): Promise<Profile> {
  const rows = await scope.db.select().from(profiles).where(scope.where(profiles));
  return rows[0]?.data ?? {};
}

/** Writes her one profile document (insert or replace); every save counts one change of its version. */
export async function saveProfile(scope: UserScope, data: Profile, now: Date): Promise<void> {
  await scope.db
    .insert(profiles)
    .values({ userId: scope.userId, data, updatedAt: now })
    .onConflictDoUpdate({ target: profiles.userId, set: { data, updatedAt: now, ...countChange(profiles) } });
}

/** Her profile as `GET /profile` answers it: the document and its version (0 until she saves one). */
export async function loadProfileDocument(scope: UserScope) {
  return { profile: await loadProfile(scope), version: await singletonVersion(scope, profiles) };
}
