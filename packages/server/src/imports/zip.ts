import type { Readable } from 'node:stream';
import { DomainError } from '@spinekind/core';
import yauzl from 'yauzl';

const EXPORT = /(^|\/)export\.xml$/;
const GiB = 2 ** 30;
/** The largest export.xml unpacked from a zip (the bench's 1 GB export fits four times). */
export const MAX_EXPORT_XML_BYTES = 4 * GiB;
/** Real exports compress about 10–20:1; past this, it is a zip bomb, not years of steps. */
export const MAX_EXPANSION = 100;

/** 413 for an archive that unpacks to too much, said before (or as soon as) it does. */
function unpacksTooFar(): DomainError {
  return new DomainError(
    'payload_too_large',
    `This zip unpacks to more than ${MAX_EXPANSION} times its size or past ${MAX_EXPORT_XML_BYTES / GiB} GB, ` +
      'which a real export never does. Nothing was imported.',
  );
}

/**
 * The inflated bytes, counted as they come: a header can lie about the size, the stream cannot. `total`
 * carries the count across the entries of one archive.
 */
async function* counted(stream: Readable, max: number, total = { seen: 0 }): AsyncGenerator<Buffer> {
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total.seen += chunk.length;
    if (total.seen > max) {
      stream.destroy();
      throw unpacksTooFar();
    }
    yield chunk;
  }
}

/**
 * Opens `export.xml` inside an Apple Health `export.zip` on disk (yauzl needs random access to read the
 * central directory) and hands its decompressed stream to `use`. Prefers `apple_health_export/export.xml`.
 * Refused (413) when it would unpack past MAX_EXPANSION × its packed size or MAX_EXPORT_XML_BYTES: at
 * once when the directory says so, else as soon as the counted stream gets there.
 */
export async function withExportEntry<T>(
  zipPath: string,
  use: (xml: AsyncIterable<Buffer>) => Promise<T>,
): Promise<T> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(zipPath, { lazyEntries: true, autoClose: false }, (err, z) =>
      err || !z ? reject(notAZip()) : resolve(z),
    ),
  );
  try {
    const entry = await findExport(zip);
    const max = Math.min(MAX_EXPORT_XML_BYTES, MAX_EXPANSION * Math.max(entry.compressedSize, 1));
    if (entry.uncompressedSize > max) throw unpacksTooFar();
    const stream = await new Promise<Readable>((resolve, reject) =>
      zip.openReadStream(entry, (err, s) => (err || !s ? reject(notAZip()) : resolve(s))),
    );
    let broken = false;
    stream.on('error', () => {
      broken = true;
    });
    try {
      return await use(counted(stream, max));
    } catch (err) {
      // A damaged archive fails while inflating (bad data, wrong checksum or size).
      if (broken && !(err instanceof DomainError)) throw notAZip();
      throw err;
    }
  } finally {
    zip.close();
  }
}

function findExport(zip: yauzl.ZipFile): Promise<yauzl.Entry> {
  return new Promise((resolve, reject) => {
    let found: yauzl.Entry | undefined;
    zip.on('entry', (entry: yauzl.Entry) => {
      if (EXPORT.test(entry.fileName) && (!found || entry.fileName === 'apple_health_export/export.xml'))
        found = entry;
      zip.readEntry();
    });
    zip.on('end', () =>
      found
        ? resolve(found)
        : reject(
            new DomainError(
              'validation_failed',
              'This ZIP file has no export.xml inside. Export again from the Health app and upload export.zip as it is.',
            ),
          ),
    );
    zip.on('error', () => reject(notAZip()));
    zip.readEntry();
  });
}

function notAZip(): DomainError {
  return new DomainError(
    'validation_failed',
    'This file could not be read as a ZIP archive. Nothing was imported.',
  );
}

/**
 * Every entry of a zip on disk whose name `wanted` accepts, inflated one after the other and handed to
 * `use` as counted chunks. The archive as a whole may unpack to at most MAX_EXPANSION × the zip's size
 * (and MAX_EXPORT_XML_BYTES): a zip bomb is refused as soon as the directory or the stream says so.
 */
export async function eachZipEntry(
  zipPath: string,
  zipBytes: number,
  wanted: (name: string) => boolean,
  use: (name: string, chunks: AsyncIterable<Buffer>) => Promise<void>,
): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(zipPath, { lazyEntries: true, autoClose: false }, (err, z) =>
      err || !z ? reject(notAZip()) : resolve(z),
    ),
  );
  const max = Math.min(MAX_EXPORT_XML_BYTES, MAX_EXPANSION * Math.max(zipBytes, 1));
  const total = { seen: 0 };
  try {
    const entries: yauzl.Entry[] = await new Promise((resolve, reject) => {
      const found: yauzl.Entry[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        if (wanted(entry.fileName)) found.push(entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve(found));
      zip.on('error', () => reject(notAZip()));
      zip.readEntry();
    });
    if (entries.reduce((n, e) => n + e.uncompressedSize, 0) > max) throw unpacksTooFar();
    for (const entry of entries) {
      const stream = await new Promise<Readable>((resolve, reject) =>
        zip.openReadStream(entry, (err, s) => (err || !s ? reject(notAZip()) : resolve(s))),
      );
      try {
        await use(entry.fileName, counted(stream, max, total));
      } catch (err) {
        throw err instanceof DomainError ? err : notAZip();
      }
    }
  } finally {
    zip.close();
  }
}
