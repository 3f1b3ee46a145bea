import { spawn } from 'node:child_process';
import pg from 'pg';
import { writeAtomically } from './backup-file.js';

// On PostgreSQL the server's backups are PostgreSQL's own: pg_dump's custom format, restored with
// pg_restore. These commands run them when the client tools are installed, and otherwise say what to run.
// The password travels in PGPASSWORD, never on a command line other local users can read in `ps`.

function connection(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { url: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** The URL with its password hidden, for messages. */
function shown(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (url.password) url.password = '…';
  return url.toString();
}

function run(tool: 'pg_dump' | 'pg_restore', args: string[], env: NodeJS.ProcessEnv, manual: string) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'ENOENT'
          ? new Error(
              `${tool} is not installed here. Install PostgreSQL's client tools (Debian: apt-get install ` +
                `postgresql-client, the same major version as the server or newer), or run it where they are:\n  ${manual}`,
            )
          : err,
      ),
    );
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${tool} stopped with exit code ${code} (its message is above).`)),
    );
  });
}

/** Writes `pg_dump --format=custom` of the database in `databaseUrl` to `file`. */
export async function dumpPostgres(databaseUrl: string, file: string): Promise<void> {
  const { url, env } = connection(databaseUrl);
  const manual = `pg_dump --format=custom --no-owner --no-privileges --file=${file} '${shown(databaseUrl)}'`;
  await writeAtomically(file, (partial) =>
    run(
      'pg_dump',
      ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, url],
      env,
      manual,
    ),
  );
}

async function tableCount(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from information_schema.tables
       where table_schema not in ('pg_catalog', 'information_schema')`,
    );
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

/** Restores a pg_dump file into the database in `databaseUrl`, which must hold no tables yet. */
export async function loadPostgres(databaseUrl: string, file: string): Promise<void> {
  if ((await tableCount(databaseUrl)) > 0)
    throw new Error(
      `The database ${shown(databaseUrl)} is not empty. A dump is loaded only into a new, empty database, ` +
        'so nothing is overwritten: create one (createdb) and point DATABASE_URL at it.',
    );
  const { url, env } = connection(databaseUrl);
  const manual = `pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname='${shown(databaseUrl)}' ${file}`;
  await run(
    'pg_restore',
    ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${url}`, file],
    env,
    manual,
  );
}
