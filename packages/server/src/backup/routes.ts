import { backupRestoredAnswer, csvTypes, DomainError, exportAnswer } from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { resourceStore } from '../crud/store.js';
import type { DbKind } from '../db/client.js';
import type { UserScope } from '../db/scope.js';
import { csvExport } from '../exports/csv-export.js';
import { fhirExport } from '../exports/fhir-export.js';
import { type StageTarget, startRun } from '../staging/runs.js';
import type { UserSlots } from '../work/limits.js';
import type { WorkerPool } from '../work/pool.js';
import { exportResource } from './items.js';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupSchema,
  checkedAgainst,
  MAX_BACKUP_BYTES,
  MB,
} from './parse.js';
import { resources } from './registry.js';
import { backupSections } from './sections.js';

const exportQuery = z
  .strictObject({
    format: z.enum(['json', 'csv', 'fhir'], { error: 'format is json, csv or fhir.' }),
    type: z.enum(csvTypes, { error: `type is one of ${csvTypes.join(', ')}.` }).optional(),
  })
  .refine((q) => (q.format === 'csv') === (q.type !== undefined), {
    message: 'A CSV export needs a type (and only a CSV export takes one).',
    path: ['type'],
  });

/** Full JSON backup and restore: every record of the user, ids and timestamps kept. */
export const backupRoutes: FastifyPluginAsyncZod<{
  clock: () => Date;
  engine: DbKind;
  limit: UserSlots;
  workers: WorkerPool;
}> = async (app, { clock, engine, limit, workers }) => {
  app.get(
    '/export',
    { schema: { tags: ['backup'], querystring: exportQuery, response: { 200: exportAnswer } } },
    async (request, reply) => {
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
      for (const def of resources) doc[def.key] = await exportResource(def, scope);
      return reply
        .header('content-disposition', `attachment; filename="spinekind-backup-${day}.json"`)
        .send(doc as typeof doc & { format: string; version: number; exportedAt: string });
    },
  );

  await app.register(async (scoped) => {
    // The backup's bytes go to a worker thread as they are: decoding and checking ~10 MB of JSON on the
    // event loop would hold every other request for seconds. The worker applies the same rules as the
    // JSON parser and input gate of every other route (strict UTF-8, prototype keys, NUL and surrogates).
    scoped.removeContentTypeParser('application/json');
    scoped.addContentTypeParser('application/json', (request, payload, done) => {
      readBody(payload, Number(request.headers['content-length']), MAX_BACKUP_BYTES).then(
        (body) => done(null, body),
        (err: Error) => done(err, undefined),
      );
    });
    scoped.post(
      '/import',
      {
        bodyLimit: MAX_BACKUP_BYTES,
        // The schema documents the body (OpenAPI, the hardening suite's fuzzing); the worker applies it.
        schema: { tags: ['backup'], body: backupSchema, response: { 200: backupRestoredAnswer } },
        validatorCompiler: () => () => true,
      },
      async (request, reply) => {
        const { scope } = request.requireUser();
        return limit(scope.userId, reply, () => restoreBackup(scope, request.body as unknown as Buffer));
      },
    );
  });

  async function restoreBackup(scope: UserScope, body: Buffer) {
    const now = clock();
    const run = await startRun(scope, 'restore', engine, now);
    try {
      const existing = Object.fromEntries(
        await Promise.all(checkedAgainst.map(async (d) => [d.key, await resourceStore(d, scope).list()])),
      );
      const parsed = await workers.parseBackup({ body, existing, userId: scope.userId, now: now.getTime() });
      const targets = parsed.tables.map((t) => ({ target: targetOf(t.key), columns: t.columns }));
      // Each batch is one short statement; between them PGlite serves everyone else.
      for (const [i, t] of parsed.tables.entries())
        for (const batch of t.batches) await run.stage(targets[i]?.target as StageTarget, batch);
      const imported: Record<string, number> = Object.fromEntries(resources.map((d) => [d.key, 0]));
      for (const t of parsed.tables) imported[t.key] = t.count;
      await run.commit(targets, async (tx) => {
        for (const x of backupSections) {
          const value = parsed.sections[x.key];
          if (value === undefined || !x.restore) continue;
          const count = await x.restore(tx, value as never, now);
          if (count !== undefined) imported[x.key] = count;
        }
      });
      return { imported };
    } finally {
      await run.finish();
    }
  }
};

/** The staging target of a table in the parsed backup: a resource by its key, or a staged section. */
function targetOf(key: string): StageTarget {
  const def = resources.find((r) => r.key === key);
  if (def) return { table: def.table, conflict: [def.table.userId, def.table.id], onConflict: 'update' };
  const section = backupSections.find((x) => x.key === key)?.stage;
  if (!section) throw new Error(`no staging target for ${key}`);
  return section.target;
}

/** The body as one Buffer, refused with 413 (a clear message) as soon as it passes `max` bytes. */
async function readBody(payload: AsyncIterable<Buffer>, declared: number, max: number): Promise<Buffer> {
  const tooLarge = () =>
    new DomainError(
      'payload_too_large',
      `A backup can be at most ${max / MB} MB (about ${Math.floor(max / MB) * 1500} check-ins with their notes).`,
    );
  if (declared > max) throw tooLarge();
  const chunks: Buffer[] = [];
  let seen = 0;
  for await (const chunk of payload) {
    seen += chunk.length;
    if (seen > max) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
