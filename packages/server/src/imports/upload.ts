import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type AppleHealthResult, appleHealthImport, DomainError } from '@spinekind/core';
import type { FastifyRequest } from 'fastify';
import { parseAppleExport } from './xml-records.js';
import { withExportEntry } from './zip.js';

export interface UploadOptions {
  /** Largest upload accepted, in bytes. */
  maxBytes: number;
  /** Where a ZIP upload is kept while it is read (deleted afterwards). */
  tmpDir: string;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export function tooLarge(maxBytes: number): DomainError {
  const gb = (maxBytes / 2 ** 30).toFixed(maxBytes >= 2 ** 30 ? 0 : 2);
  return new DomainError(
    'payload_too_large',
    `The file is larger than ${gb} GB, the most this server accepts.`,
  );
}

/** The upload's chunks as Buffers, failing with 413 once more than `maxBytes` arrived. */
export async function* limited(
  source: AsyncIterable<Buffer | string>,
  maxBytes: number,
): AsyncGenerator<Buffer> {
  let seen = 0;
  for await (const chunk of source) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    seen += buf.length;
    if (seen > maxBytes) throw tooLarge(maxBytes);
    yield buf;
  }
}

async function* prepend(head: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield head;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

async function parse(chunks: AsyncIterable<Buffer | string>): Promise<AppleHealthResult> {
  const result = appleHealthImport();
  await parseAppleExport(chunks, { record: (a) => result.add(a), other: () => result.skip() });
  return result.finish();
}

/**
 * Reads an uploaded Apple Health export — `export.xml` as it streams in, or `export.zip` saved to a
 * temporary file first (deleted in every case) — and maps it to daily values and periods. Nothing is
 * written to the database here: a broken file fails before anything is stored.
 */
export async function readAppleUpload(
  source: AsyncIterable<Buffer | string>,
  options: UploadOptions,
): Promise<AppleHealthResult> {
  const chunks = limited(source, options.maxBytes)[Symbol.asyncIterator]();
  const first = await chunks.next();
  if (first.done || first.value.length === 0)
    throw new DomainError('no_file', 'The file is empty. Choose export.zip or export.xml.');
  const stream = prepend(first.value, chunks);
  if (!first.value.subarray(0, 4).equals(ZIP_MAGIC)) return parse(stream);

  await mkdir(options.tmpDir, { recursive: true, mode: 0o700 });
  const path = join(options.tmpDir, `apple-health-${randomUUID()}.zip`);
  try {
    await pipeline(Readable.from(stream), createWriteStream(path, { flags: 'wx', mode: 0o600 }));
    return await withExportEntry(path, parse);
  } finally {
    await rm(path, { force: true });
  }
}

const noFile = () =>
  new DomainError('no_file', 'Send the export as the form field "file".', [
    { path: 'file', message: 'Missing.' },
  ]);
const brokenForm = () =>
  new DomainError(
    'validation_failed',
    'The upload could not be read as a form: its multipart boundary is missing, broken or cut short.',
  );

/** The multipart part's bytes; the form breaking off mid-file is the client's mistake (400), not ours. */
async function* formFile(file: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  try {
    yield* file;
  } catch (err) {
    throw err instanceof DomainError ? err : brokenForm();
  }
}

/**
 * The `file` field of a multipart upload. A form without it (or with other fields first) is `no_file`; a
 * form busboy can't read (no or a wrong boundary) is a 400: every error here comes from parsing her bytes.
 */
export async function uploadedFile(
  request: FastifyRequest,
  maxBytes: number,
): Promise<AsyncIterable<Buffer>> {
  let part: Awaited<ReturnType<FastifyRequest['file']>>;
  try {
    part = await request.file();
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT')
      throw noFile();
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
    throw brokenForm();
  }
  if (part?.fieldname !== 'file') throw noFile();
  return formFile(part.file);
}
