import type { Readable } from 'node:stream';
import { DomainError } from '@spinekind/core';
import yauzl from 'yauzl';

const EXPORT = /(^|\/)export\.xml$/;

/**
 * Opens `export.xml` inside an Apple Health `export.zip` on disk (yauzl needs random access to read the
 * central directory) and hands its decompressed stream to `use`. Prefers `apple_health_export/export.xml`.
 */
export async function withExportEntry<T>(zipPath: string, use: (xml: Readable) => Promise<T>): Promise<T> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(zipPath, { lazyEntries: true, autoClose: false }, (err, z) =>
      err || !z ? reject(notAZip()) : resolve(z),
    ),
  );
  try {
    const entry = await findExport(zip);
    const stream = await new Promise<Readable>((resolve, reject) =>
      zip.openReadStream(entry, (err, s) => (err || !s ? reject(notAZip()) : resolve(s))),
    );
    let broken = false;
    stream.on('error', () => {
      broken = true;
    });
    try {
      return await use(stream);
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
