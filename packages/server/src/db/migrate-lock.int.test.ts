import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../test/fresh-database.js';
import { testTarget } from '../test/target.js';
import { type Database, openPostgres } from './client.js';

// Two instances started at once on one new PostgreSQL database (a deploy of two, an upgrade): both bring
// the schema up without one failing half-way (the migrator takes no lock of its own; db/client.ts takes an
// advisory one). PGlite has one process per data directory, so the case does not arise there.
const target = testTarget();

describe.runIf(target.kind === 'postgres')('migrations on one PostgreSQL from two instances at once', () => {
  const opened: Database[] = [];
  let drop: (() => Promise<void>) | undefined;
  afterAll(async () => {
    for (const database of opened) await database.close();
    await drop?.();
  });

  it('both finish, and the schema is there once', async () => {
    const fresh = await freshDatabase(target.kind === 'postgres' ? target.url : '', 'migrate_lock');
    drop = fresh.drop;
    const [a, b] = await Promise.all([openPostgres(fresh.url, 2), openPostgres(fresh.url, 2)]);
    opened.push(a, b);
    const results = await Promise.allSettled([a.migrate(), b.migrate()]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    const tables = (await a.db.execute(
      "select count(*)::int as n from information_schema.tables where table_name = 'checkins'",
    )) as unknown as { rows: { n: number }[] };
    expect(tables.rows[0]?.n).toBe(1);
    // Both see every migration as applied: a third start has nothing to do.
    await expect(b.migrate()).resolves.toBeUndefined();
  });
});
