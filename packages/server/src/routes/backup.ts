import type { ErrorDetail } from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { csvExport, csvTypes } from '../exports/csv-export.js';
import { fhirExport } from '../exports/fhir-export.js';
import { exportResource, parseBackupItems } from '../resources/backup.js';
import { resourceStore } from '../resources/crud.js';
import { resources } from '../resources/registry.js';
import { backupSections, invalidBackup } from '../resources/sections.js';

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
  ...Object.fromEntries(backupSections.map((x) => [x.key, x.schema.optional()])),
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
    };
    for (const x of backupSections) doc[x.key] = await x.load(scope);
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
      if (problems.length) invalidBackup(problems.slice(0, 100));
      const now = clock();
      const imported: Record<string, number> = {};
      await scope.transaction(async (tx) => {
        // biome-ignore lint/suspicious/noExplicitAny: each section restores the value its own schema parsed.
        const restore = async (x: (typeof backupSections)[number], value: any) => {
          if (value === undefined) return;
          const count = await x.restore(tx, value, now);
          if (count !== undefined) imported[x.key] = count;
        };
        for (const x of backupSections.filter((x) => !x.afterResources)) await restore(x, body[x.key]);
        for (const { def, rows } of parsed) {
          const store = resourceStore(def, tx);
          for (const row of rows) {
            // Rules needing the database (e.g. tracker values) see what earlier resources restored.
            const issues = (await def.check?.(row.input, tx, now)) ?? [];
            if (issues.length) {
              invalidBackup(issues.map((d) => ({ ...d, path: `${def.plural}.${row.id}.${d.path}` })));
            }
            await store.upsert(row.id, row.values);
          }
          imported[def.plural] = rows.length;
        }
        for (const x of backupSections.filter((x) => x.afterResources)) await restore(x, body[x.key]);
      });
      return { imported };
    },
  );
};
