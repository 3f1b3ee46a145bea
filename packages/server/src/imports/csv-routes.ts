import {
  type CsvImportBody,
  csvImportAnswer,
  csvImportBodySchema,
  csvScaleChoices,
  DomainError,
  type Locale,
} from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DbKind } from '../db/client.js';
import type { UserScope } from '../db/scope.js';
import type { UserSlots } from '../work/limits.js';
import type { WorkerPool } from '../work/pool.js';
import { csvImportAnswerIn } from './answer-language.js';
import { insertPlannedCheckins, planCheckinImport } from './csv.js';

const query = z.strictObject({
  type: z.enum(['checkins'], { error: 'Only check-ins can be imported from CSV.' }),
});

/**
 * `POST /import/csv?type=checkins`: a dry run answers the columns, the suggested mapping, a preview and every
 * row's problems; the real run imports in one transaction, nothing when a row has a problem unless the user
 * accepted importing the valid rows only. Rows are keyed by their id (or a hash of their content), so a
 * second import of the same file adds nothing.
 */
export const csvImportRoutes: FastifyPluginAsyncZod<{
  clock: () => Date;
  engine: DbKind;
  limit: UserSlots;
  workers: WorkerPool;
}> = async (app, { clock, engine, limit, workers }) => {
  app.post(
    '/import/csv',
    {
      bodyLimit: 10 * 1024 * 1024,
      schema: {
        tags: ['backup'],
        querystring: query,
        body: csvImportBodySchema,
        response: { 200: csvImportAnswer },
      },
    },
    async (request, reply) => {
      const { scope } = request.requireUser();
      return limit(scope.userId, reply, async () =>
        csvImportAnswerIn(await importCsv(scope, request.body, request.locale), request.locale),
      );
    },
  );

  async function importCsv(scope: UserScope, body: CsvImportBody, locale: Locale) {
    const now = clock();
    const plan = await planCheckinImport(body, scope, now, locale, workers.readCsv);
    const { ready, ...report } = plan;
    if (body.dryRun) return { ...report, valid: ready.length + plan.alreadyPresent, new: ready.length };
    if (plan.dateFormat === null && plan.dateFormatChoices.length > 1)
      throw new DomainError(
        'validation_failed',
        'Every date in this file could be day/month or month/day. Say which, and import again.',
        [{ path: 'dateFormat', message: `One of ${plan.dateFormatChoices.join(', ')}.` }],
      );
    const unanswered = plan.scaleQuestions.filter((q) => q.choice === null);
    if (unanswered.length)
      throw new DomainError(
        'validation_failed',
        'Some 0–10 columns hold only values from 1 to 5. Say how to read each, and import again.',
        unanswered.map((q) => ({
          path: `rescale.${q.field}`,
          message: `One of ${csvScaleChoices.join(', ')}.`,
        })),
      );
    if (plan.missingFields.length)
      throw new DomainError(
        'validation_failed',
        'Choose the columns for the date and the pain score.',
        plan.missingFields.map((f) => ({ path: `mapping.${f}`, message: 'Required.' })),
      );
    if (plan.errors.length && body.accept === 'all_or_nothing')
      throw new DomainError(
        'validation_failed',
        `${new Set(plan.errors.map((e) => e.row)).size} rows have problems; nothing was imported.`,
        plan.errors
          .slice(0, 200)
          .map((e) => ({ path: `rows.${e.row}.${e.column ?? e.field ?? 'row'}`, message: e.message })),
      );
    const inserted = await insertPlannedCheckins(plan, scope, now, engine);
    return {
      imported: { checkins: inserted },
      alreadyPresent: plan.alreadyPresent + (ready.length - inserted),
      skippedRows: new Set(plan.errors.map((e) => e.row)).size,
      errors: plan.errors,
    };
  }
};
