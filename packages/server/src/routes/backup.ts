import {
  breakSettingsSchema,
  breakStateSchema,
  DomainError,
  type ErrorDetail,
  instantSchema,
  profileSchema,
  weeklyPlanSchema,
} from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { profiles } from '../db/schema/index.js';
import { csvExport, csvTypes } from '../exports/csv-export.js';
import { fhirExport } from '../exports/fhir-export.js';
import { backupMetricSchema, exportDailyMetrics, restoreDailyMetrics } from '../imports/store.js';
import { exportResource, parseBackupItems } from '../resources/backup.js';
import { resourceStore } from '../resources/crud.js';
import { resources } from '../resources/registry.js';
import { loadBreaks, saveBreaks } from './breaks.js';
import { loadChecklistTicks, restoreChecklistTicks } from './checklists.js';
import { checkPlan, loadPlan, savePlan } from './plan.js';
import { loadProfile } from './profile.js';

export const BACKUP_FORMAT = 'spinekind-backup';
export const BACKUP_VERSION = 1;

const exportQuery = z
  .strictObject({
    format: z.enum(['json', 'csv', 'fhir'], { error: 'format is json, csv or fhir.' }),
    type: z.enum(csvTypes, { error: `type is one of ${csvTypes.join(', ')}.` }).optional(),
  })
  .refine((q) => (q.format === 'csv') === (q.type !== undefined), {
    message: 'A CSV export needs a type (and only a CSV export takes one).',
    path: ['type'],
  });
const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT, {
    error: `This is not a Spinekind backup (format must be "${BACKUP_FORMAT}").`,
  }),
  version: z.literal(BACKUP_VERSION, { error: `Only backup version ${BACKUP_VERSION} can be restored.` }),
  exportedAt: z.string().optional(),
  profile: profileSchema.optional(),
  breaks: z.strictObject({ settings: breakSettingsSchema, state: breakStateSchema }).optional(),
  plan: weeklyPlanSchema.nullable().optional(),
  dailyMetrics: z.array(backupMetricSchema).optional(),
  checklistTicks: z
    .array(z.strictObject({ itemId: z.string().max(100), tickedAt: instantSchema }))
    .optional(),
  ...Object.fromEntries(resources.map((r) => [r.plural, z.array(z.unknown()).optional()])),
});

/** Full JSON backup and restore: every record of the user, ids and timestamps kept. */
export const backupRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  app.get('/export', { schema: { tags: ['backup'], querystring: exportQuery } }, async (request, reply) => {
    const { scope } = request.requireUser();
    const now = clock();
    const day = now.toISOString().slice(0, 10);
    const { format, type } = request.query;
    if (format === 'csv' && type) {
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="spinekind-${type}-${day}.csv"`)
        .send(await csvExport(type, scope));
    }
    if (format === 'fhir') {
      return reply
        .header('content-type', 'application/fhir+json; charset=utf-8')
        .header('content-disposition', `attachment; filename="spinekind-fhir-${day}.json"`)
        .send(JSON.stringify(await fhirExport(scope, now)));
    }
    const doc: Record<string, unknown> = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now.toISOString(),
      profile: await loadProfile(scope),
      breaks: await loadBreaks(scope),
      plan: await loadPlan(scope),
      dailyMetrics: await exportDailyMetrics(scope),
      checklistTicks: await loadChecklistTicks(scope),
    };
    for (const def of resources) doc[def.plural] = await exportResource(def, scope);
    return reply
      .header('content-disposition', `attachment; filename="spinekind-backup-${day}.json"`)
      .send(doc);
  });

  app.post(
    '/import',
    { bodyLimit: 50 * 1024 * 1024, schema: { tags: ['backup'], body: backupSchema } },
    async (request) => {
      const { scope } = request.requireUser();
      const body = request.body as Record<string, unknown>;
      const parsed = resources.map((def) => ({ def, ...parseBackupItems(def, body[def.plural] ?? []) }));
      const problems: ErrorDetail[] = parsed.flatMap((p) => p.problems);
      if (problems.length) {
        throw new DomainError(
          'validation_failed',
          'The backup has invalid records; nothing was imported.',
          problems.slice(0, 100),
        );
      }
      const now = clock();
      const imported: Record<string, number> = {};
      await scope.transaction(async (tx) => {
        if (request.body.profile) {
          const data = request.body.profile;
          await tx.db
            .insert(profiles)
            .values({ userId: tx.userId, data, updatedAt: now })
            .onConflictDoUpdate({ target: profiles.userId, set: { data, updatedAt: now } });
          imported.profile = 1;
        }
        if (request.body.breaks) {
          await saveBreaks(tx, request.body.breaks.settings, request.body.breaks.state, now);
          imported.breaks = 1;
        }
        if (request.body.dailyMetrics?.length)
          imported.dailyMetrics = await restoreDailyMetrics(tx, request.body.dailyMetrics);
        if (request.body.checklistTicks?.length)
          imported.checklistTicks = await restoreChecklistTicks(tx, request.body.checklistTicks);
        for (const { def, rows } of parsed) {
          const store = resourceStore(def, tx);
          for (const row of rows) {
            // Rules needing the database (e.g. tracker values) see what earlier resources restored.
            const issues = (await def.check?.(row.input, tx, now)) ?? [];
            if (issues.length) {
              const details = issues.map((d) => ({ ...d, path: `${def.plural}.${row.id}.${d.path}` }));
              throw new DomainError(
                'validation_failed',
                'The backup has invalid records; nothing was imported.',
                details,
              );
            }
            await store.upsert(row.id, row.values);
          }
          imported[def.plural] = rows.length;
        }
        // After the resources: a plan may name custom routines restored above.
        if (request.body.plan) {
          const issues = await checkPlan(request.body.plan, tx);
          if (issues.length) {
            const details = issues.map((d) => ({ ...d, path: `plan.${d.path}` }));
            throw new DomainError(
              'validation_failed',
              'The backup has invalid records; nothing was imported.',
              details,
            );
          }
          await savePlan(tx, request.body.plan, now);
          imported.plan = 1;
        }
      });
      return { imported };
    },
  );
};
