import {
  ergonomicAnswersSchema,
  ergonomicAreasIn,
  ergonomicCheckAnswer,
  ergonomicChecksAnswer,
  ergonomicQuestionsAnswer,
  ergonomicQuestionsIn,
  localizeErgonomicResult,
} from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { resourceStore } from '../crud/store.js';
import { ergonomicResource } from './store.js';

/** The desk self-check: its questions, scoring a filled-in check, and the history of checks, in her language. */
export const ergonomicRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  const tags = ['ergonomics'];
  app.get(
    '/ergonomics/questions',
    { schema: { tags, response: { 200: ergonomicQuestionsAnswer } } },
    async (request) => ({
      items: ergonomicQuestionsIn(request.locale).map(({ id, area, text, why, options }) => ({
        id,
        area,
        text,
        why,
        options: options.map(({ value, label }) => ({ value, label })),
      })),
      areas: [...ergonomicAreasIn(request.locale)],
    }),
  );

  app.post(
    '/ergonomics',
    { schema: { tags, body: ergonomicAnswersSchema, response: { 201: ergonomicCheckAnswer } } },
    async (request, reply) => {
      const { scope } = request.requireUser();
      const { item } = await resourceStore(ergonomicResource, scope).create(
        crypto.randomUUID(),
        request.body,
        clock(),
      );
      return reply.code(201).send({ check: localizeErgonomicResult(item, request.locale) });
    },
  );

  app.get('/ergonomics', { schema: { tags, response: { 200: ergonomicChecksAnswer } } }, async (request) => ({
    items: (await resourceStore(ergonomicResource, request.requireUser().scope).list()).map((check) =>
      localizeErgonomicResult(check, request.locale),
    ),
  }));
};
