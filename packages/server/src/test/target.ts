import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsFolder } from '../db/client.js';
import { tmpRoot } from './tmp-root.js';

export { tmpRoot };

export type TestTarget = { kind: 'pglite' } | { kind: 'postgres'; url: string };

/** Which database the integration suite runs on: `TEST_DB=postgres` uses `DATABASE_URL_TEST`. */
export function testTarget(): TestTarget {
  if (process.env.TEST_DB !== 'postgres') return { kind: 'pglite' };
  const url = process.env.DATABASE_URL_TEST;
  if (!url) throw new Error('TEST_DB=postgres needs DATABASE_URL_TEST');
  return { kind: 'postgres', url };
}

/** Where the migrated PGlite template lives; named by the migrations, so a new migration makes a new one. */
export function pgliteTemplateDir(): string {
  const h = createHash('sha256');
  for (const f of readdirSync(migrationsFolder).sort()) {
    if (f.endsWith('.sql')) h.update(readFileSync(join(migrationsFolder, f)));
  }
  return join(tmpRoot, `pglite-template-${h.digest('hex').slice(0, 12)}`);
}
