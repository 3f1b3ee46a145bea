import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPglite, openPostgres } from '../db/client.js';
import { pgliteTemplateDir, testTarget } from './target.js';

/**
 * Worker threads (work/pool.ts) run the compiled server even when the tests run its sources: build it
 * (incremental, about a second when nothing changed) so the two never differ.
 */
function buildServer(): void {
  const root = fileURLToPath(new URL('../../../../', import.meta.url));
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const built = spawnSync(process.execPath, [tsc, '-b', 'packages/server'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0)
    throw new Error('The server does not build (tsc -b packages/server); its workers cannot run.');
}

/** Prepares the database once per run: a migrated PGlite template (copied per test file) or a migrated PostgreSQL. */
export default async function setup(): Promise<void> {
  buildServer();
  const target = testTarget();
  if (target.kind === 'postgres') {
    const database = await openPostgres(target.url, 2);
    await database.migrate();
    await database.close();
  }
  // Also on PostgreSQL: the admin CLI's tests run an embedded server on a copy of the template.
  const dir = pgliteTemplateDir();
  if (existsSync(join(dir, 'pglite', 'PG_VERSION'))) return;
  const building = `${dir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const database = await openPglite(building);
  await database.migrate();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
}
