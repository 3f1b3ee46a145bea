import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { cookieFrom, PASSWORD } from '../test/app.js';
import { tmpRoot } from '../test/target.js';
import { openPglite } from './client.js';

// A data directory as an install on PGlite 0.5.16 left it (fixtures/make-pglite-fixture.mjs, run on 0.5.16):
// migrated, one user, one check-in. Upgrading PGlite must never strand a self-hoster's `DATA_DIR`.
const fixture = new URL('./fixtures/pglite-0.5.16.tar.gz', import.meta.url);
const dataDir = join(tmpRoot, `pglite-0.5.16-${randomUUID()}`);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('opens a data directory made by PGlite 0.5.16, migrates it and reads its check-in', async () => {
  // Unpack the dump into a directory on disk, where an existing install keeps it (DATA_DIR/pglite).
  mkdirSync(join(dataDir, 'pglite'), { recursive: true });
  const unpack = new PGlite(join(dataDir, 'pglite'), { loadDataDir: new Blob([readFileSync(fixture)]) });
  await unpack.waitReady;
  await unpack.close();

  const database = await openPglite(dataDir);
  await database.migrate();
  const app = await buildApp({ database, config: { publicUrl: undefined, logLevel: 'silent' } });
  try {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'fixture@example.test', password: PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const list = await app.inject({
      method: 'GET',
      url: '/api/v1/checkins?from=2026-11-30&to=2026-11-30',
      headers: { cookie: cookieFrom(login) },
    });
    expect(list.json().items).toMatchObject([
      { id: '0b5e6d1c-5a1e-4c3b-9f8e-2d7a1c0e5f16', pain: 4, notes: 'made by PGlite 0.5.16' },
    ]);
  } finally {
    await app.close();
    await database.close();
  }
});
