import {
  type ErgonomicAnswers,
  ergonomicAnswersSchema,
  ergonomicAreas,
  ergonomicQuestions,
  scoreErgonomics,
} from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ergonomicChecks } from '../db/schema/index.js';
import { type ResourceDef, resourceStore } from '../crud/store.js';

type Input = ErgonomicAnswers & { id?: string | undefined };
interface Check {
  id: string;
  answers: Record<string, string>;
  score: number;
  areas: { area: string; score: number; fixes: string[] }[];
  topFixes: string[];
  createdAt: string;
  updatedAt: string;
}

export const ergonomicResource: ResourceDef<Check, Input, never> = {
  plural: 'ergonomicChecks',
  singular: 'check',
  routes: false,
  table: ergonomicChecks,
  input: ergonomicAnswersSchema.extend({ id: z.uuid().optional() }) as unknown as z.ZodType<Input>,
  patch: z.never(),
  toValues: (input) => ({ answers: input.answers, result: scoreErgonomics({ answers: input.answers }) }),
  fromRow: (r) => {
    const row = r as typeof ergonomicChecks.$inferSelect;
    return {
      id: row.id,
      answers: row.answers,
      ...(row.result as Pick<Check, 'score' | 'areas' | 'topFixes'>),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  },
  merge: (current) => current,
  orderBy: [ergonomicChecks.createdAt],
  derivedFields: ['score', 'areas', 'topFixes'],
};

/** The desk self-check: its questions, scoring a filled-in check, and the history of checks. */
export const ergonomicRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  const tags = ['ergonomics'];
  app.get('/ergonomics/questions', { schema: { tags } }, async () => ({
    items: ergonomicQuestions.map(({ id, area, text, why, options }) => ({
      id,
      area,
      text,
      why,
      options: options.map(({ value, label }) => ({ value, label })),
    })),
    areas: ergonomicAreas,
  }));

  app.post('/ergonomics', { schema: { tags, body: ergonomicAnswersSchema } }, async (request, reply) => {
    const { scope } = request.requireUser();
    const { item } = await resourceStore(ergonomicResource, scope).create(
      crypto.randomUUID(),
      request.body,
      clock(),
    );
    return reply.code(201).send({ check: item });
  });

  app.get('/ergonomics', { schema: { tags } }, async (request) => ({
    items: await resourceStore(ergonomicResource, request.requireUser().scope).list(),
  }));
};
