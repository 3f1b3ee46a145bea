import multipart from '@fastify/multipart';
import {
  type AppImportSource,
  appImportAnswer,
  appImportQuerySchema,
  bearableImport,
  clueImport,
  DomainError,
  dripImport,
  fhirImport,
  fitbitFilePattern,
  fitbitImport,
  floImport,
  healthConnectImport,
  type NormalizedImport,
} from '@spinekind/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { DbKind } from '../db/client.js';
import type { UserSlots } from '../work/limits.js';
import { appImportAnswerIn } from './answer-language.js';
import {
  MAX_APP_FILE_BYTES,
  MAX_APP_ZIP_BYTES,
  readCsvRows,
  readJson,
  readZipEntry,
  readZipJson,
} from './app-files.js';
import { runAppImport } from './app-import.js';
import { healthConnectRows } from './health-connect.js';
import { tooLarge, uploadedFile } from './upload.js';

export interface AppImportRouteOptions {
  clock: () => Date;
  /** Folder for a zip upload while it is read. */
  tmpDir: string;
  engine: DbKind;
  limit: UserSlots;
}

const CSV_TYPES = ['text/csv', 'application/csv', 'application/vnd.ms-excel'];
const JSON_TYPES = ['application/json', 'application/fhir+json'];
const ZIP_TYPES = ['application/zip', 'application/x-zip-compressed'];
const RAW_TYPES = [...CSV_TYPES, ...JSON_TYPES, ...ZIP_TYPES, 'application/octet-stream'];
type Query = z.infer<typeof appImportQuerySchema>;
type Reader = (
  file: AsyncIterable<Buffer | string>,
  query: Query,
  tmpDir: string,
  now: Date,
) => Promise<NormalizedImport>;

/** How each app's file is read: CSV rows streamed into a core reader, JSON mapped by core, a zip file by file. */
const readers: Record<AppImportSource, Reader> = {
  bearable: async (file) => {
    const reader = bearableImport();
    await readCsvRows(file, reader);
    return reader.finish();
  },
  drip: async (file) => {
    const reader = dripImport();
    await readCsvRows(file, reader);
    return reader.finish();
  },
  clue: async (file) => clueImport(await readJson(file)),
  flo: async (file) => floImport(await readJson(file)),
  fhir: async (file, _query, _tmpDir, now) => fhirImport(await readJson(file), now),
  fitbit: async (file, query, tmpDir) => {
    const reader = fitbitImport(query.weightUnit);
    await readZipJson(file, tmpDir, (name) => fitbitFilePattern.test(name), reader.file);
    if (reader.files === 0)
      throw new DomainError(
        'validation_failed',
        'This zip holds no Fitbit "Global Export Data" files. Choose the Takeout zip as Google sent it. Nothing was imported.',
      );
    return reader.finish();
  },
  'health-connect': async (file, _query, tmpDir) => {
    const db = await readZipEntry(file, tmpDir, (name) => /\.db$/i.test(name));
    if (!db)
      throw new DomainError(
        'validation_failed',
        'This zip holds no Health Connect database (a .db file). Choose "Health Connect.zip" as your phone saved it. Nothing was imported.',
      );
    return healthConnectImport(await healthConnectRows(db));
  },
};

const routeSchema = {
  tags: ['import'],
  consumes: [...RAW_TYPES, 'multipart/form-data'],
  querystring: appImportQuerySchema,
  response: { 200: appImportAnswer },
};

/**
 * `POST /import/bearable|drip|clue|flo|fhir|fitbit|health-connect?dryRun=true|false[&skipBadRows=true]`: the app's export as the
 * raw body (CSV or JSON) or the multipart field `file`. A dry run answers what would come in and writes
 * nothing; the real run stores it in one transaction (imports/app-import.ts). Bodies here are files, so
 * this plugin reads JSON as a stream too (`config.fileUpload`, see http/security.ts).
 */
export const appImportRoutes: FastifyPluginAsyncZod<AppImportRouteOptions> = async (app, opts) => {
  app.removeContentTypeParser(['application/json']);
  app.addContentTypeParser(RAW_TYPES, (_request, payload, done) => done(null, payload));
  await app.register(multipart, {
    limits: { fileSize: MAX_APP_ZIP_BYTES + 1, files: 1, fields: 0, parts: 1 },
  });

  const handle = (source: AppImportSource) => async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      const { scope } = request.requireUser();
      const query = request.query as Query;
      return await opts.limit(scope.userId, reply, async () => {
        const now = opts.clock();
        const result = await readers[source](await fileOf(request, source), query, opts.tmpDir, now);
        const answer = await runAppImport(scope, result, {
          source,
          dryRun: query.dryRun === 'true',
          skipBadRows: query.skipBadRows === 'true',
          now,
          engine: opts.engine,
        });
        return appImportAnswerIn(answer, request.locale);
      });
    } catch (err) {
      // The rest of the upload is not read: close the connection after answering.
      reply.header('connection', 'close');
      throw err;
    }
  };
  const options = { bodyLimit: MAX_APP_FILE_BYTES, config: { fileUpload: true }, schema: routeSchema };
  app.post('/import/bearable', options, handle('bearable'));
  app.post('/import/drip', options, handle('drip'));
  app.post('/import/clue', options, handle('clue'));
  app.post('/import/flo', options, handle('flo'));
  app.post('/import/fhir', options, handle('fhir'));
  app.post('/import/fitbit', { ...options, bodyLimit: MAX_APP_ZIP_BYTES }, handle('fitbit'));
  app.post('/import/health-connect', { ...options, bodyLimit: MAX_APP_ZIP_BYTES }, handle('health-connect'));
};

/** The uploaded file's bytes: the multipart field `file`, or the raw body. */
async function fileOf(
  request: FastifyRequest,
  source: AppImportSource,
): Promise<AsyncIterable<Buffer | string>> {
  const max = source === 'fitbit' || source === 'health-connect' ? MAX_APP_ZIP_BYTES : MAX_APP_FILE_BYTES;
  if (Number(request.headers['content-length']) > max) throw tooLarge(max);
  if (request.isMultipart()) return uploadedFile(request, max);
  const body = request.body as AsyncIterable<Buffer> | undefined;
  if (!body || typeof body[Symbol.asyncIterator] !== 'function')
    throw new DomainError(
      'unsupported_media_type',
      'Send the export as the request body (text/csv, application/json or application/zip) or a form with the field "file".',
    );
  return body;
}
