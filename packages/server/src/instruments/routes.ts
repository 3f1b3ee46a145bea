import { randomUUID } from 'node:crypto';
import {
  answersSchema,
  bandIn,
  DomainError,
  type InstrumentId,
  type InstrumentResponse,
  instrumentIn,
  instrumentResponseAnswer,
  instrumentResponsesAnswer,
  instruments,
  instrumentsAnswer,
  type Locale,
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

/** Her response with its band's words in her language (the band id, stored and charted, unchanged). */
const inLocale = (response: InstrumentResponse, locale: Locale): InstrumentResponse => ({
  ...response,
  band: bandIn(response.instrument as InstrumentId, response.band, locale),
});

/** Questionnaires: their definitions, and each user's responses with scores, in `request.locale`. */
export const instrumentRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  app.get(
    '/instruments',
    { schema: { tags: ['questionnaires'], response: { 200: instrumentsAnswer } } },
    // In her language: names and recall always; the validated wording only where a published
    // translation is used (core instruments/README.md), otherwise as published in English.
    async (request) => ({
      items: instruments
        .map((i) => instrumentIn(i, request.locale))
        .map(({ score: _s, band: _b, ...definition }) => definition),
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
      return reply.code(created ? 201 : 200).send({ response: inLocale(item, request.locale) });
    },
  );

  app.get(
    '/instruments/:id/responses',
    { schema: { tags: ['questionnaires'], params, response: { 200: instrumentResponsesAnswer } } },
    async (request) => {
      const { scope } = request.requireUser();
      const instrument = instrumentOf(request.params.id);
      const items = await resourceStore(responseResource, scope).list(
        eq(instrumentResponses.instrument, instrument.id),
      );
      return { items: items.map((item) => inLocale(item, request.locale)) };
    },
  );
};
