import { insightsAnswer, insightsReport, localDateSchema } from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { UserSlots } from '../work/limits.js';
import { loadInsightsInput } from './load.js';

const query = z
  .strictObject({ from: localDateSchema, to: localDateSchema })
  .refine((q) => q.from <= q.to, { message: '`from` must be on or before `to`.', path: ['from'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 11 * 366 * 86_400_000, {
    message: 'Ask for at most 10 years at a time.',
    path: ['from'],
  });

/**
 * `GET /insights`: `core/insights` (`insightsReport`) over the user's check-ins, periods, treatments and
 * trackers, plus the day-level drivers kept elsewhere: exercise sessions, breaks taken, imported metrics;
 * sentences and names in her language.
 */
export const insightRoutes: FastifyPluginAsyncZod<{ limit: UserSlots }> = async (app, { limit }) => {
  app.get(
    '/insights',
    { schema: { tags: ['insights'], querystring: query, response: { 200: insightsAnswer } } },
    async (request, reply) => {
      const { from, to } = request.query;
      const { scope } = request.requireUser();
      return limit(scope.userId, reply, async () =>
        insightsReport({ ...(await loadInsightsInput(scope, from, to)), locale: request.locale }),
      );
    },
  );
};
