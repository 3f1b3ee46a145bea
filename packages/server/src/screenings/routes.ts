import { randomUUID } from 'node:crypto';
import { triage, triageAdviceIn, triageInputSchema, triageResultSchema } from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { crudRoutes } from '../crud/routes.js';
import { resourceStore } from '../crud/store.js';
import type { Db } from '../db/client.js';
import { userScope } from '../db/scope.js';
import { screeningResource } from './store.js';

/**
 * `POST /triage`: anyone may ask (the advice in `request.locale`); for a signed-in user the result is also kept as a screening. Her
 * screenings: create · list · get · patch (acknowledged, booked, follow-up) · delete.
 */
export const screeningRoutes: FastifyPluginAsyncZod<{ db: Db; clock: () => Date }> = async (
  app,
  { db, clock },
) => {
  crudRoutes(app, '/screenings', screeningResource, clock);

  app.post(
    '/triage',
    { schema: { tags: ['screenings'], body: triageInputSchema, response: { 200: triageResultSchema } } },
    async (request) => {
      const { level, reasons } = triage(request.body);
      // The level and reasons never depend on the language; only the advice is in hers.
      const result = { level, reasons, advice: triageAdviceIn(request.locale)[level] };
      if (request.user) {
        const now = clock();
        const store = resourceStore(screeningResource, userScope(db, request.user.id));
        const recordedAt = now.toISOString();
        await store.create(randomUUID(), { recordedAt, input: request.body }, now);
      }
      return result;
    },
  );
};
