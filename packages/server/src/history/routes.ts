import { localDateSchema } from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { firstHistoryDay } from './store.js';

const spanAnswer = z.strictObject({ first: localDateSchema.nullable() });

/** `GET /history/span`: the first day History can show, so the page offers "Show earlier" only when there is more. */
export const historyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/history/span',
    { schema: { tags: ['history'], response: { 200: spanAnswer } } },
    async (request) => ({ first: await firstHistoryDay(request.requireUser().scope) }),
  );
};
