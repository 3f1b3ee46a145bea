import type { Config } from '../config.js';
import { backupKind, fileArgument, requireFile, requireFolderOf } from './backup-file.js';
import { dumpPglite, loadPglite, sizeOf } from './pglite-dump.js';
import { dumpPostgres, loadPostgres } from './postgres-dump.js';

// `npm run admin -- dump <file>` and `npm run admin -- load <file>`: a backup of the whole server (every
// account), with the same DATA_DIR / DATABASE_URL as the server. PGlite: the server must be stopped
// (one process at a time on DATA_DIR). PostgreSQL: pg_dump / pg_restore, while the server runs if need be.

/** What these commands need of cli.ts's context: the server's configuration and where to print. */
interface Context {
  config: Config;
  print: (line: string) => void;
  /** npm runs scripts in the repo root and says in INIT_CWD where she typed the command. */
  typedIn?: string;
}

export const dump = {
  usage: 'dump <file>   write the whole server (every account) to a file',
  async run(args: string[], { config, print, typedIn = process.cwd() }: Context): Promise<void> {
    const file = fileArgument(args, 'npm run admin -- dump <file>', typedIn);
    requireFolderOf(file);
    if (config.databaseUrl) {
      await dumpPostgres(config.databaseUrl, file);
      print(`Wrote ${file} (${sizeOf(file)}, pg_dump custom format).`);
    } else {
      const accounts = await dumpPglite(config.dataDir, file);
      print(`Wrote ${file} (${sizeOf(file)}): the whole server, ${accounts} account(s).`);
    }
    print('Keep it somewhere safe and private: it holds every account and all their health records.');
    print(`To restore it: npm run admin -- load ${file}  (into an empty DATA_DIR or database)`);
  },
};

export const load = {
  usage: 'load <file>   fill an empty DATA_DIR (or empty database) from a dump',
  async run(args: string[], { config, print, typedIn = process.cwd() }: Context): Promise<void> {
    const file = fileArgument(args, 'npm run admin -- load <file>', typedIn);
    requireFile(file);
    const kind = backupKind(file);
    if (kind === 'unknown') throw new Error(`${file} is not a Spinekind server dump.`);
    if (config.databaseUrl) {
      if (kind !== 'postgres')
        throw new Error(
          `${file} is a dump of the embedded database: load it with DATABASE_URL unset and an empty DATA_DIR.`,
        );
      await loadPostgres(config.databaseUrl, file);
      print('Loaded the dump into the database. Start the server with this DATABASE_URL.');
      return;
    }
    if (kind !== 'pglite')
      throw new Error(
        `${file} is a PostgreSQL dump (pg_dump): load it with DATABASE_URL set to an empty database.`,
      );
    const accounts = await loadPglite(config.dataDir, file).catch((err: unknown) => {
      throw new Error(`Could not load ${file}: ${err instanceof Error ? err.message : String(err)}`);
    });
    print(
      `Loaded ${accounts} account(s) into DATA_DIR ${config.dataDir}. Start the server with this DATA_DIR.`,
    );
  },
};
