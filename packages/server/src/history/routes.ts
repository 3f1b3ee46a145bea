import { spanAnswer } from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { firstHistoryDay } from './store.js';

/** `GET /history/span`: the first day History can show, so the page offers "Show earlier" only when there is more. */
export const historyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/history/span',
    { schema: { tags: ['history'], response: { 200: spanAnswer } } },
    async (request) => ({ first: await firstHistoryDay(request.requireUser().scope) }),
  );
};
