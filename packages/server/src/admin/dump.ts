import { loadConfig } from '../config.js';
import { backupKind, fileArgument, requireFile } from './backup-file.js';
import { dumpPglite, loadPglite, sizeOf } from './pglite-dump.js';
import { dumpPostgres, loadPostgres } from './postgres-dump.js';

// `npm run admin -- dump <file>` and `npm run admin -- load <file>`: a backup of the whole server (every
// account), with the same DATA_DIR / DATABASE_URL as the server. PGlite: the server must be stopped
// (one process at a time on DATA_DIR). PostgreSQL: pg_dump / pg_restore, while the server runs if need be.

/** npm runs scripts in the repo root and says in INIT_CWD where she typed the command: files are hers there. */
const typedIn = (env: NodeJS.ProcessEnv) => env.INIT_CWD ?? process.cwd();

/** `dump <file>`: writes the whole server's database to `file`. */
export async function dump(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const file = fileArgument(argv, 'npm run admin -- dump <file>', typedIn(env));
  const config = loadConfig(env);
  if (config.databaseUrl) {
    await dumpPostgres(config.databaseUrl, file);
    console.log(`Wrote ${file} (${sizeOf(file)}, pg_dump custom format).`);
  } else {
    const accounts = await dumpPglite(config.dataDir, file);
    console.log(`Wrote ${file} (${sizeOf(file)}): the whole server, ${accounts} account(s).`);
  }
  console.log('Keep it somewhere safe and private: it holds every account and all their health records.');
  console.log(`To restore it: npm run admin -- load ${file}  (into an empty DATA_DIR or database)`);
}

/** `load <file>`: fills an empty DATA_DIR (PGlite) or an empty database (PostgreSQL) from a dump. */
export async function load(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const file = fileArgument(argv, 'npm run admin -- load <file>', typedIn(env));
  requireFile(file);
  const config = loadConfig(env);
  const kind = backupKind(file);
  if (kind === 'unknown') throw new Error(`${file} is not a Spinekind server dump.`);
  if (config.databaseUrl) {
    if (kind !== 'postgres')
      throw new Error(
        `${file} is a dump of the embedded database: load it with DATABASE_URL unset and an empty DATA_DIR.`,
      );
    await loadPostgres(config.databaseUrl, file);
    console.log('Loaded the dump into the database. Start the server with this DATABASE_URL.');
    return;
  }
  if (kind !== 'pglite')
    throw new Error(
      `${file} is a PostgreSQL dump (pg_dump): load it with DATABASE_URL set to an empty database.`,
    );
  const accounts = await loadPglite(config.dataDir, file).catch((err: unknown) => {
    throw new Error(`Could not load ${file}: ${err instanceof Error ? err.message : String(err)}`);
  });
  console.log(
    `Loaded ${accounts} account(s) into DATA_DIR ${config.dataDir}. Start the server with this DATA_DIR.`,
  );
}
