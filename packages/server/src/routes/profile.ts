import { DomainError, type Profile, profileProblems, profileSchema } from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { profiles } from '../db/schema/index.js';
import type { UserScope } from '../db/scope.js';

/** The user's profile document, `{}` until she fills anything in. */
export async function loadProfile(scope: UserScope): Promise<Profile> {
  const rows = await scope.db.select().from(profiles).where(scope.where(profiles));
  return rows[0]?.data ?? {};
}

export const profileRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  app.get('/profile', { schema: { tags: ['profile'] } }, async (request) => {
    return { profile: await loadProfile(request.requireUser().scope) };
  });

  app.put('/profile', { schema: { tags: ['profile'], body: profileSchema } }, async (request) => {
    const { scope } = request.requireUser();
    const now = clock();
    const profile = request.body;
    // The latest date anywhere on Earth (UTC+14): a user ahead of UTC is never refused her own today.
    const problems = profileProblems(
      profile,
      new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10),
    );
    if (problems.length) throw new DomainError('validation_failed', 'Some values are not valid.', problems);
    await scope.db
      .insert(profiles)
      .values({ userId: scope.userId, data: profile, updatedAt: now })
      .onConflictDoUpdate({ target: profiles.userId, set: { data: profile, updatedAt: now } });
    return { profile: await loadProfile(scope) };
  });
};
