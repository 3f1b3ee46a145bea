import { randomUUID } from 'node:crypto';
import { chmodSync, cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { pgliteTemplateDir, testTarget, tmpRoot } from '../test/target.js';
import { openPglite } from './client.js';
import { secureDataDir } from './data-dir.js';

const dir = join(tmpRoot, `data-dir-${randomUUID()}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every entry under `root` whose mode is not 0700 (folders) or 0600 (files, unless only folders are asked for). */
function looseEntries(root: string, foldersOnly = false): string[] {
  const loose: string[] = [];
  const walk = (path: string) => {
    const mode = statSync(path).mode & 0o777;
    if (mode !== 0o700) loose.push(`${path} ${mode.toString(8)}`);
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (!foldersOnly && (statSync(child).mode & 0o777) !== 0o600)
        loose.push(`${child} ${(statSync(child).mode & 0o777).toString(8)}`);
    }
  };
  walk(root);
  return loose;
}

describe('DATA_DIR is readable by the server only', () => {
  it('fixes the modes of an existing DATA_DIR, says how many it changed, and then none', () => {
    mkdirSync(join(dir, 'tmp'), { recursive: true });
    writeFileSync(join(dir, 'tmp', 'upload.zip'), 'x');
    writeFileSync(join(dir, 'secret'), 'x');
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'tmp'), 0o777);
    chmodSync(join(dir, 'tmp', 'upload.zip'), 0o666);
    chmodSync(join(dir, 'secret'), 0o644);
    expect(secureDataDir(dir)).toBe(4);
    expect(looseEntries(dir)).toEqual([]);
    expect(secureDataDir(dir)).toBe(0);
  });

  it('keeps every file of the embedded database 0600 after writes, under the umask the server sets', async () => {
    const previous = process.umask(0o077);
    try {
      const data = join(dir, 'db');
      if (testTarget().kind === 'pglite') {
        // The migrated template, as an older install left it: world-readable.
        cpSync(pgliteTemplateDir(), data, { recursive: true });
        chmodSync(data, 0o755);
      }
      secureDataDir(data);
      if (testTarget().kind === 'pglite') {
        const database = await openPglite(data);
        await database.db.execute(sql`create table modes_check (id int)`);
        await database.db.execute(sql`insert into modes_check select generate_series(1, 5000)`);
        await database.db.execute(sql`checkpoint`);
        await database.close();
        expect(readdirSync(join(data, 'pglite')).length).toBeGreaterThan(5);
        // PGlite makes a few files 0644 whatever the umask (pg_internal.init): the 0700 folders keep
        // everyone else out of them meanwhile, and the next start-up sets them to 0600.
        expect(looseEntries(data, true)).toEqual([]);
        secureDataDir(data);
      } else {
        writeFileSync(join(data, 'written-later'), 'x');
      }
      expect(looseEntries(data)).toEqual([]);
    } finally {
      process.umask(previous);
    }
  });
});
