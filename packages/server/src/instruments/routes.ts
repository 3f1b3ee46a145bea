import { randomUUID } from 'node:crypto';
import {
  answersSchema,
  DomainError,
  instrumentResponseAnswer,
  instrumentResponsesAnswer,
  instruments,
  instrumentsAnswer,
  responseBodySchema,
} from '@spinekind/core';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { resourceStore } from '../crud/store.js';
import { detailsFromIssues } from '../http/errors.js';
import { instrumentOf, responseResource } from './store.js';
import { instrumentResponses } from './table.js';

const params = z.strictObject({ id: z.string() });

/** Questionnaires: their definitions, and each user's responses with scores. */
export const instrumentRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  app.get(
    '/instruments',
    { schema: { tags: ['questionnaires'], response: { 200: instrumentsAnswer } } },
    async () => ({
      items: instruments.map(({ score: _s, band: _b, ...definition }) => definition),
    }),
  );

  app.post(
    '/instruments/:id/responses',
    {
      schema: {
        tags: ['questionnaires'],
        params,
        body: responseBodySchema,
        response: { 200: instrumentResponseAnswer, 201: instrumentResponseAnswer },
      },
    },
    async (request, reply) => {
      const { scope } = request.requireUser();
      const instrument = instrumentOf(request.params.id);
      const { id = randomUUID(), answers, completedAt } = request.body;
      const checked = answersSchema(instrument).safeParse(answers);
      if (!checked.success) {
        throw new DomainError(
          'validation_failed',
          'Some answers are not valid.',
          detailsFromIssues(checked.error.issues, ['answers']),
        );
      }
      const { item, created } = await resourceStore(responseResource, scope).create(
        id,
        { instrument: instrument.id, answers, completedAt },
        clock(),
      );
      return reply.code(created ? 201 : 200).send({ response: item });
    },
  );

  app.get(
    '/instruments/:id/responses',
    { schema: { tags: ['questionnaires'], params, response: { 200: instrumentResponsesAnswer } } },
    async (request) => {
      const { scope } = request.requireUser();
      const instrument = instrumentOf(request.params.id);
      return {
        items: await resourceStore(responseResource, scope).list(
          eq(instrumentResponses.instrument, instrument.id),
        ),
      };
    },
  );
};
