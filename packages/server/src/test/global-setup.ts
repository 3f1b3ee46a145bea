import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openPglite, openPostgres } from '../db/client.js';
import { pgliteTemplateDir, testTarget } from './target.js';

/** Prepares the database once per run: a migrated PGlite template (copied per test file) or a migrated PostgreSQL. */
export default async function setup(): Promise<void> {
  const target = testTarget();
  if (target.kind === 'postgres') {
    const database = await openPostgres(target.url, 2);
    await database.migrate();
    await database.close();
    return;
  }
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
