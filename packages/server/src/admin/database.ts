import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.js';
import { type Database, openDatabase } from '../db/client.js';
import { secureDataDir } from '../db/data-dir.js';
import { DataDirBusy, lockDataDir } from '../db/data-dir-lock.js';

/** A problem the admin can fix, said in one line (printed without a stack; exit code 1). */
export class AdminProblem extends Error {}

/**
 * Opens the server's database for an admin command, with the server's own settings (DATA_DIR or
 * DATABASE_URL). PostgreSQL takes any number of clients; the embedded database only one process, so
 * while the server runs the command says to stop it first.
 */
export async function openServerDatabase(
  config: Config,
  command: string,
): Promise<{ database: Database; close(): Promise<void> }> {
  if (config.databaseUrl) {
    const database = await openDatabase(config);
    await database.migrate();
    return { database, close: () => database.close() };
  }
  if (!existsSync(join(config.dataDir, 'pglite')))
    throw new AdminProblem(
      `No Spinekind data in ${config.dataDir}. Run this with the same DATA_DIR (or DATABASE_URL) as the server.`,
    );
  let unlock: () => void;
  try {
    unlock = lockDataDir(config.dataDir, command);
  } catch (err) {
    if (err instanceof DataDirBusy)
      throw new AdminProblem(
        `The server is running on ${config.dataDir} (process ${err.holder.pid}), and the embedded database can only be opened by one process: stop the server first, then run this again (or use PostgreSQL through DATABASE_URL).`,
      );
    throw err;
  }
  try {
    const database = await openDatabase(config);
    await database.migrate();
    return {
      database,
      async close() {
        await database.close();
        secureDataDir(config.dataDir);
        unlock();
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}
