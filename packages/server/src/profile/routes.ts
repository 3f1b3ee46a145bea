import { DomainError, profileAnswer, profileProblems, profileSchema } from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { baseVersionOf, conflictAnswer, ifMatchHeaders, singletonVersion } from '../versions/versions.js';
import { loadProfileDocument, saveProfile } from './store.js';
import { profiles } from './table.js';

/** `GET /profile` and `PUT /profile` (her one profile document, replaced whole; versioned, `If-Match`). */
export const profileRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  app.get(
    '/profile',
    { schema: { tags: ['profile'], response: { 200: profileAnswer } } },
    async (request) => {
      return loadProfileDocument(request.requireUser().scope);
    },
  );

  const putSchema = {
    tags: ['profile'],
    headers: ifMatchHeaders,
    body: profileSchema,
    response: { 200: profileAnswer, 409: conflictAnswer },
  };
  app.put('/profile', { schema: putSchema }, async (request) => {
    const { scope } = request.requireUser();
    const now = clock();
    const profile = request.body;
    // The latest date anywhere on Earth (UTC+14): a user ahead of UTC is never refused her own today.
    const problems = profileProblems(
      profile,
      new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10),
    );
    if (problems.length) throw new DomainError('validation_failed', 'Some values are not valid.', problems);
    await scope.transaction(async (tx) => {
      const check = { base: baseVersionOf(request.headers), current: () => loadProfileDocument(tx) };
      await singletonVersion(tx, profiles, check);
      await saveProfile(tx, profile, now);
    });
    return loadProfileDocument(scope);
  });
};
