import multipart from '@fastify/multipart';
import {
  appleImportAnswer,
  DomainError,
  dailyMetricsAnswer,
  dailyMetricsQuerySchema,
  importedNotesAnswer,
} from '@spinekind/core';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { DbKind } from '../db/client.js';
import type { UserSlots } from '../work/limits.js';
import { listDailyMetrics, listImportedNotes, storeDailyImport } from './store.js';
import { readAppleUpload, tooLarge, uploadedFile } from './upload.js';

export interface ImportRouteOptions {
  clock: () => Date;
  /** Folder for temporary files (a ZIP upload while it is read). */
  tmpDir: string;
  /** Largest upload, in bytes (default 2 GiB). */
  maxUploadBytes?: number;
  engine: DbKind;
  limit: UserSlots;
}

const RAW_TYPES = ['application/xml', 'text/xml', 'application/zip', 'application/x-zip-compressed'];

/**
 * `POST /import/apple-health` (raw export.xml / export.zip, or multipart field `file`), streamed and
 * never held whole in memory; `GET /daily-metrics?from&to`. This plugin alone accepts non-JSON bodies,
 * and only on the upload route (`config.fileUpload`, see http/security.ts).
 */
export const importRoutes: FastifyPluginAsyncZod<ImportRouteOptions> = async (app, opts) => {
  const maxBytes = opts.maxUploadBytes ?? 2 * 2 ** 30;
  // The body goes to the handler as the request stream itself; the handler enforces the size limit.
  app.addContentTypeParser(RAW_TYPES, (_request, payload, done) => done(null, payload));
  await app.register(multipart, { limits: { fileSize: maxBytes + 1, files: 1, fields: 0, parts: 1 } });

  app.post(
    '/import/apple-health',
    {
      bodyLimit: maxBytes,
      config: { fileUpload: true },
      schema: {
        tags: ['import'],
        consumes: [...RAW_TYPES, 'multipart/form-data'],
        response: { 200: appleImportAnswer },
      },
    },
    async (request, reply) => {
      try {
        const { scope } = request.requireUser();
        return await opts.limit(scope.userId, reply, () => importUpload(request, maxBytes));
      } catch (err) {
        // The rest of the upload is not read: close the connection after answering.
        reply.header('connection', 'close');
        throw err;
      }
    },
  );

  async function importUpload(request: FastifyRequest, maxBytes: number) {
    const { scope } = request.requireUser();
    if (Number(request.headers['content-length']) > maxBytes) throw tooLarge(maxBytes);
    let source: AsyncIterable<Buffer | string>;
    if (request.isMultipart()) {
      source = await uploadedFile(request, maxBytes);
    } else {
      source = request.body as AsyncIterable<Buffer>;
      if (!source || typeof source[Symbol.asyncIterator] !== 'function')
        throw new DomainError(
          'unsupported_media_type',
          'Send export.xml (application/xml), export.zip (application/zip) or a form with the field "file".',
        );
    }
    const result = await readAppleUpload(source, { maxBytes, tmpDir: opts.tmpDir });
    const summary = await storeDailyImport(scope, 'apple-health', result, opts.clock(), opts.engine);
    return { imported: result.imported, skipped: result.skipped, summary };
  }

  app.get(
    '/daily-metrics',
    {
      schema: {
        tags: ['import'],
        querystring: dailyMetricsQuerySchema,
        response: { 200: dailyMetricsAnswer },
      },
    },
    async (request) => {
      const { scope } = request.requireUser();
      return { items: await listDailyMetrics(scope, request.query.from, request.query.to) };
    },
  );

  // The notes she wrote in other apps (Bearable, drip…), shown in History beside that day.
  app.get(
    '/imported-notes',
    {
      schema: {
        tags: ['import'],
        querystring: dailyMetricsQuerySchema,
        response: { 200: importedNotesAnswer },
      },
    },
    async (request) => {
      const { scope } = request.requireUser();
      return { items: await listImportedNotes(scope, request.query.from, request.query.to) };
    },
  );
};
