import { DomainError, profileAnswer, profileProblems, profileSchema } from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loadProfile, saveProfile } from './store.js';

/** `GET /profile` and `PUT /profile` (her one profile document, replaced whole). */
export const profileRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  app.get(
    '/profile',
    { schema: { tags: ['profile'], response: { 200: profileAnswer } } },
    async (request) => {
      return { profile: await loadProfile(request.requireUser().scope) };
    },
  );

  app.put(
    '/profile',
    { schema: { tags: ['profile'], body: profileSchema, response: { 200: profileAnswer } } },
    async (request) => {
      const { scope } = request.requireUser();
      const now = clock();
      const profile = request.body;
      // The latest date anywhere on Earth (UTC+14): a user ahead of UTC is never refused her own today.
      const problems = profileProblems(
        profile,
        new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10),
      );
      if (problems.length) throw new DomainError('validation_failed', 'Some values are not valid.', problems);
      await saveProfile(scope, profile, now);
      return { profile: await loadProfile(scope) };
    },
  );
};
