import { existsSync, mkdirSync, openAsBlob, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { secureDataDir } from '../db/data-dir.js';
import { DataDirBusy, lockDataDir } from '../db/data-dir-lock.js';
import { isEmptyFolder, writeAtomically } from './backup-file.js';

// The embedded database is one PostgreSQL data directory (DATA_DIR/pglite, as db/client.ts opens it), and
// everything the server keeps (accounts, sessions, keys, her records) lives in it. PGlite's own
// `dumpDataDir` packs that directory into a gzipped tarball, and `loadDataDir` unpacks one into a new
// directory: the dump is the whole server, readable by the same or a newer Spinekind.

const pgdata = (dataDir: string) => join(dataDir, 'pglite');

/** Takes DATA_DIR for this command, or says to stop the server that holds it. */
function lock(dataDir: string, command: string): () => void {
  try {
    return lockDataDir(dataDir, command);
  } catch (err) {
    if (!(err instanceof DataDirBusy)) throw err;
    throw new Error(
      `The server is running on ${dataDir} (process ${err.holder.pid}), and the embedded database can only be ` +
        `opened by one process: stop the server first (Ctrl-C, or your service manager), then run ${command} again.`,
    );
  }
}

async function countAccounts(client: PGlite): Promise<number> {
  const { rows } = await client.query<{ n: number }>('select count(*)::int as n from users');
  return rows[0]?.n ?? 0;
}

/** Writes a dump of the PGlite database in `dataDir` to `file`; answers how many accounts it holds. */
export async function dumpPglite(dataDir: string, file: string): Promise<number> {
  if (!existsSync(join(pgdata(dataDir), 'PG_VERSION')))
    throw new Error(
      `There is no Spinekind database in DATA_DIR ${dataDir}. Set DATA_DIR to the server's folder.`,
    );
  const release = lock(dataDir, 'dump');
  try {
    const client = new PGlite(pgdata(dataDir));
    await client.waitReady;
    try {
      const accounts = await countAccounts(client);
      await client.exec('CHECKPOINT'); // the dump then needs no recovery when it is loaded
      const tarball = await client.dumpDataDir('gzip');
      const bytes = Buffer.from(await tarball.arrayBuffer());
      await writeAtomically(file, async (partial) => writeFileSync(partial, bytes, { mode: 0o600 }));
      return accounts;
    } finally {
      await client.close();
    }
  } finally {
    release();
  }
}

/** Unpacks a PGlite dump into `dataDir`, which must be empty or missing; answers how many accounts it holds. */
export async function loadPglite(dataDir: string, file: string): Promise<number> {
  if (!isEmptyFolder(dataDir))
    throw new Error(
      `DATA_DIR ${dataDir} is not empty. A dump is loaded only into a new, empty folder, so nothing is ` +
        'overwritten: set DATA_DIR to one (it is created if missing) and run this again.',
    );
  const created = !existsSync(dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const release = lock(dataDir, 'load');
  let done = false;
  try {
    const client = new PGlite(pgdata(dataDir), { loadDataDir: await openAsBlob(file) });
    try {
      await client.waitReady;
      const accounts = await countAccounts(client).catch(() => {
        throw new Error(`${file} holds a database, but not a Spinekind one (it has no accounts table).`);
      });
      done = true;
      return accounts;
    } finally {
      await client.close().catch(() => {});
    }
  } finally {
    release();
    if (done) secureDataDir(dataDir);
    else if (created) rmSync(dataDir, { recursive: true, force: true });
    else rmSync(pgdata(dataDir), { recursive: true, force: true }); // it was empty before: leave it so
  }
}

/** The size of a file in words she reads ("4.2 MB"). */
export function sizeOf(file: string): string {
  const bytes = statSync(file).size;
  return bytes < 1_000_000 ? `${Math.ceil(bytes / 1000)} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}
