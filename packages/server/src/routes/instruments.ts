import { randomUUID } from 'node:crypto';
import {
  answersSchema,
  DomainError,
  formatWithOffset,
  type InstrumentResponse,
  instrumentById,
  instruments,
  localDateOf,
  offsetMinutesOf,
  type ResponseInput,
  responseBodySchema,
  responseInputSchema,
  scoreResponse,
} from '@spinekind/core';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { instrumentResponses } from '../db/schema/index.js';
import { detailsFromIssues } from '../http/errors.js';
import { type ResourceDef, resourceStore } from '../crud/store.js';

type Row = typeof instrumentResponses.$inferSelect;

const instrumentOf = (id: string) => {
  const instrument = instrumentById(id);
  if (!instrument) throw new DomainError('not_found', `There is no questionnaire called "${id}".`);
  return instrument;
};

/** Storage and backup of questionnaire responses; the routes below are nested under each instrument. */
export const responseResource: ResourceDef<InstrumentResponse, ResponseInput, never> = {
  plural: 'instrumentResponses',
  singular: 'response',
  routes: false,
  table: instrumentResponses,
  input: responseInputSchema,
  patch: z.never(),
  toValues: ({ instrument, answers, completedAt }) => {
    const { score, band, subscaleBands } = scoreResponse(instrumentOf(instrument), answers);
    return {
      instrument,
      answers,
      completedAt: new Date(completedAt),
      utcOffsetMinutes: offsetMinutesOf(completedAt),
      localDate: localDateOf(completedAt),
      score: { ...score, ...(subscaleBands ? { subscaleBands } : {}) },
      band: band.id,
    };
  },
  fromRow: (raw) => {
    const row = raw as Row;
    const instrument = instrumentOf(row.instrument);
    const { score, band, subscaleBands } = scoreResponse(instrument, row.answers);
    return {
      id: row.id,
      instrument: instrument.id,
      answers: row.answers,
      completedAt: formatWithOffset(row.completedAt.getTime(), row.utcOffsetMinutes),
      localDate: row.localDate,
      score,
      band,
      ...(subscaleBands ? { subscaleBands } : {}),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  },
  merge: (current) => current,
  orderBy: [instrumentResponses.completedAt],
  derivedFields: ['localDate', 'score', 'band', 'subscaleBands'],
};

const params = z.strictObject({ id: z.string() });

/** Questionnaires: their definitions, and each user's responses with scores. */
export const instrumentRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  app.get('/instruments', { schema: { tags: ['questionnaires'] } }, async () => ({
    items: instruments.map(({ score: _s, band: _b, ...definition }) => definition),
  }));

  app.post(
    '/instruments/:id/responses',
    { schema: { tags: ['questionnaires'], params, body: responseBodySchema } },
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

  app.get('/instruments/:id/responses', { schema: { tags: ['questionnaires'], params } }, async (request) => {
    const { scope } = request.requireUser();
    const instrument = instrumentOf(request.params.id);
    return {
      items: await resourceStore(responseResource, scope).list(
        eq(instrumentResponses.instrument, instrument.id),
      ),
    };
  });
};
