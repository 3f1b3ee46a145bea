import { randomUUID } from 'node:crypto';
import {
  bleedingAnswerAnswer,
  bleedingAnswerInputSchema,
  bleedingAnswersAnswer,
  bleedingCheck,
  bleedingCheckInputSchema,
  bleedingCheckResultSchema,
  DomainError,
  localizeBleedingCheck,
  recordDeleted,
} from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { resourceStore } from '../crud/store.js';
import { bleedingAnswerResource } from './store.js';

/**
 * 5,000 bleeding entries (spec §1) are about 210 KB of compact JSON, close to the app's 256 KB limit;
 * this route takes up to 512 KB so the largest valid input always fits, even indented, and one entry
 * too many is a 400 that says so rather than a 413.
 */
export const BLEEDING_CHECK_BODY_LIMIT = 512 * 1024;

const idParams = z.strictObject({ id: z.string().max(64) });
/** None of these routes reads a query string: an unexpected parameter is a mistake worth a 400. */
const noQuery = z.strictObject({});
const notFound = () => new DomainError('not_found', 'That answer does not exist (it may have been deleted).');

/**
 * `POST /bleeding-check` (anyone, like `/triage`; nothing is stored; advice in `request.locale`) and her answers to the check's card:
 * `POST/GET /bleeding-answers`, `DELETE /bleeding-answers/:id`.
 */
export const bleedingRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  app.post(
    '/bleeding-check',
    {
      bodyLimit: BLEEDING_CHECK_BODY_LIMIT,
      schema: {
        tags: ['bleeding'],
        summary: 'Bleeding-check spec v1.0: whether bleeding in this log should be checked by a doctor.',
        querystring: noQuery,
        body: bleedingCheckInputSchema,
        response: { 200: bleedingCheckResultSchema },
      },
    },
    async (request) => localizeBleedingCheck(bleedingCheck(request.body), request.locale),
  );

  // Her answers are hers alone: sign-in is checked before the body or id is looked at.
  const signedIn = async (request: { requireUser(): unknown }) => {
    request.requireUser();
  };
  const tags = ['bleeding-answers'];

  app.post(
    '/bleeding-answers',
    {
      onRequest: signedIn,
      schema: {
        tags,
        summary: '"I have booked" or "Remind me tomorrow" for a run; the same client id again answers 200.',
        querystring: noQuery,
        body: bleedingAnswerInputSchema,
        response: { 200: bleedingAnswerAnswer, 201: bleedingAnswerAnswer },
      },
    },
    async (request, reply) => {
      const { scope } = request.requireUser();
      const { id = randomUUID(), ...input } = request.body;
      const store = resourceStore(bleedingAnswerResource, scope);
      const { item, created } = await store.create(id, input, clock());
      return reply.code(created ? 201 : 200).send({ answer: item });
    },
  );

  app.get(
    '/bleeding-answers',
    {
      onRequest: signedIn,
      schema: {
        tags,
        summary: 'All her answers, ordered by when she gave them.',
        querystring: noQuery,
        response: { 200: bleedingAnswersAnswer },
      },
    },
    async (request) => ({
      items: await resourceStore(bleedingAnswerResource, request.requireUser().scope).list(),
    }),
  );

  app.delete(
    '/bleeding-answers/:id',
    {
      onRequest: signedIn,
      schema: {
        tags,
        querystring: noQuery,
        params: idParams,
        response: { 204: recordDeleted },
      },
    },
    async (request, reply) => {
      const store = resourceStore(bleedingAnswerResource, request.requireUser().scope);
      if (!(await store.remove(request.params.id, clock()))) throw notFound();
      return reply.code(204).send(null);
    },
  );
};
