import { readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import { dirname, join } from 'node:path';
import { rootCertificates } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { secureDataDir } from './db/data-dir.js';
import { lockDataDir } from './db/data-dir-lock.js';
import { smtpMailer } from './mail/mailer.js';
import { stopOnSignals } from './shutdown.js';
import { recoverRuns } from './staging/runs.js';

const here = dirname(fileURLToPath(import.meta.url));
const webDist = join(here, '..', '..', 'web', 'dist');

async function main(): Promise<void> {
  const config = loadConfig();
  // Everything this process creates is readable by its own user only: database files, uploads, keys.
  process.umask(0o077);
  const fixedModes = secureDataDir(config.dataDir);
  // The embedded database is this process's alone while it runs (admin commands check the same lock).
  const unlock = config.databaseUrl ? () => {} : lockDataDir(config.dataDir, 'server');
  process.on('exit', unlock);
  const database = await openDatabase(config);
  // Said before migrating, so an operator (and the crash test) sees where a slow start-up stands.
  console.log('Bringing the database up to date…');
  await database.migrate();
  // A restore or import killed half-way through its commit is taken back before anyone is served.
  if (database.kind === 'pglite') {
    const undone = await recoverRuns(database.db);
    if (undone) console.log(`Took back ${undone} restore or import that a stop cut short.`);
  }
  // PGlite makes a few files 0644 whatever the umask; its 0700 folders keep others out, and this closes them too.
  secureDataDir(config.dataDir);
  const { push } = config;
  // An extra CA (e.g. a test push service) is trusted besides the usual ones, never instead of them.
  const agent = push.caFile
    ? new Agent({ keepAlive: true, ca: [...rootCertificates, readFileSync(push.caFile, 'utf8')] })
    : undefined;
  const app = await buildApp({
    database,
    config,
    webDist,
    trustProxy: config.trustProxy,
    tmpDir: join(config.dataDir, 'tmp'),
    push: { ...push, agent, job: { intervalMs: push.jobIntervalMs } },
    mailer: config.mail ? smtpMailer(config.mail) : undefined,
  });

  if (fixedModes > 0)
    app.log.warn(
      { dataDir: config.dataDir, entries: fixedModes },
      'DATA_DIR was readable by other local users: set its folders to 0700 and its files to 0600',
    );

  stopOnSignals(app, database);

  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const where = config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`;
  console.log(
    `\nSpinekind is running at ${config.publicUrl ?? `http://${shown}:${config.port}`}  (database: ${where})\n`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
