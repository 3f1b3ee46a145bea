import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '@spinekind/core';
import { parse } from 'csv-parse';
import sjson from 'secure-json-parse';
import { limited } from './upload.js';
import { eachZipEntry } from './zip.js';

/** The largest CSV or JSON export from another app (years of Bearable entries are a few MB). */
export const MAX_APP_FILE_BYTES = 64 * 2 ** 20;
/** The largest zip (a Fitbit Takeout archive holds years of per-minute files). */
export const MAX_APP_ZIP_BYTES = 2 * 2 ** 30;

const unreadable = (what: string, why: string) =>
  new DomainError(
    'validation_failed',
    `The file could not be read as ${what} (${why}). Nothing was imported.`,
  );

/** What a CSV export's reader is told: the header row once, then each row with its line in the file. */
export interface CsvVisitor {
  header(row: readonly string[]): void;
  add(row: readonly string[], line: number): void;
}

/**
 * Streams a CSV upload through csv-parse row by row (quoted fields with commas and line breaks, a BOM,
 * CRLF): memory holds one row, not the file. Line numbers are those of the file, the header being line 1.
 */
export async function readCsvRows(chunks: AsyncIterable<Buffer | string>, visit: CsvVisitor): Promise<void> {
  const parser = Readable.from(limited(chunks, MAX_APP_FILE_BYTES)).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }),
  );
  let first = true;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (first) visit.header(record);
      else visit.add(record, info.lines);
      first = false;
    }
  } catch (err) {
    if (err instanceof DomainError) throw err;
    throw unreadable('CSV', (err as Error).message);
  }
  if (first) throw new DomainError('no_file', 'The file is empty. Nothing was imported.');
}

/** A JSON upload, whole (JSON can't be mapped before its end), without `__proto__` or `constructor` keys. */
export async function readJson(chunks: AsyncIterable<Buffer | string>): Promise<unknown> {
  const parts: Buffer[] = [];
  for await (const chunk of limited(chunks, MAX_APP_FILE_BYTES)) parts.push(chunk);
  const text = Buffer.concat(parts)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  if (!text.trim()) throw new DomainError('no_file', 'The file is empty. Nothing was imported.');
  try {
    return sjson.parse(text, undefined, { protoAction: 'remove', constructorAction: 'remove' });
  } catch (err) {
    throw unreadable('JSON', (err as Error).message);
  }
}

/** Each wanted entry's JSON of a zip upload, handed to `use` one after the other. */
export async function readZipJson(
  chunks: AsyncIterable<Buffer | string>,
  tmpDir: string,
  wanted: (name: string) => boolean,
  use: (name: string, json: unknown) => void,
): Promise<void> {
  await withSavedZip(chunks, tmpDir, (path, bytes) =>
    eachZipEntry(path, bytes, wanted, async (name, entry) => use(name, await readJson(entry))),
  );
}

/** Saves a zip upload to a temporary file for `use` (yauzl needs random access); deleted in every case. */
async function withSavedZip(
  chunks: AsyncIterable<Buffer | string>,
  tmpDir: string,
  use: (path: string, bytes: number) => Promise<void>,
): Promise<void> {
  await mkdir(tmpDir, { recursive: true, mode: 0o700 });
  const path = join(tmpDir, `app-import-${randomUUID()}.zip`);
  try {
    let bytes = 0;
    const counting = async function* () {
      for await (const chunk of limited(chunks, MAX_APP_ZIP_BYTES)) {
        bytes += chunk.length;
        yield chunk;
      }
    };
    await pipeline(Readable.from(counting()), createWriteStream(path, { flags: 'wx', mode: 0o600 }));
    if (bytes === 0) throw new DomainError('no_file', 'The file is empty. Nothing was imported.');
    await use(path, bytes);
  } finally {
    await rm(path, { force: true });
  }
}

/** The bytes of the first entry a zip upload holds whose name `wanted` accepts (inflated under the limits). */
export async function readZipEntry(
  chunks: AsyncIterable<Buffer | string>,
  tmpDir: string,
  wanted: (name: string) => boolean,
): Promise<Buffer | undefined> {
  let found: Buffer | undefined;
  await withSavedZip(chunks, tmpDir, async (path, bytes) =>
    eachZipEntry(path, bytes, wanted, async (_name, entry) => {
      if (found) return;
      const parts: Buffer[] = [];
      for await (const chunk of entry) parts.push(chunk);
      found = Buffer.concat(parts);
    }),
  );
  return found;
}
