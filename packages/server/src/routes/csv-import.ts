import { DomainError } from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { csvImportBodySchema, insertPlannedCheckins, planCheckinImport } from '../exports/csv-import.js';

const query = z.strictObject({
  type: z.enum(['checkins'], { error: 'Only check-ins can be imported from CSV.' }),
});

/**
 * `POST /import/csv?type=checkins`: a dry run answers the columns, the suggested mapping, a preview and every
 * row's problems; the real run imports in one transaction, nothing when a row has a problem unless the user
 * accepted importing the valid rows only. Rows are keyed by their id (or a hash of their content), so a
 * second import of the same file adds nothing.
 */
export const csvImportRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  app.post(
    '/import/csv',
    {
      bodyLimit: 10 * 1024 * 1024,
      schema: { tags: ['backup'], querystring: query, body: csvImportBodySchema },
    },
    async (request) => {
      const { scope } = request.requireUser();
      const now = clock();
      const plan = await planCheckinImport(request.body, scope, now);
      const { ready, ...report } = plan;
      if (request.body.dryRun)
        return { ...report, valid: ready.length + plan.alreadyPresent, new: ready.length };
      if (plan.missingFields.length)
        throw new DomainError(
          'validation_failed',
          'Choose the columns for the date and the pain score.',
          plan.missingFields.map((f) => ({ path: `mapping.${f}`, message: 'Required.' })),
        );
      if (plan.errors.length && request.body.accept === 'all_or_nothing')
        throw new DomainError(
          'validation_failed',
          `${new Set(plan.errors.map((e) => e.row)).size} rows have problems; nothing was imported.`,
          plan.errors
            .slice(0, 200)
            .map((e) => ({ path: `rows.${e.row}.${e.column ?? e.field ?? 'row'}`, message: e.message })),
        );
      const inserted = await insertPlannedCheckins(plan, scope, now);
      return {
        imported: { checkins: inserted },
        alreadyPresent: plan.alreadyPresent + (ready.length - inserted),
        skippedRows: new Set(plan.errors.map((e) => e.row)).size,
        errors: plan.errors,
      };
    },
  );
};
