import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';
import { sleep } from '../test/fault-load.js';

const t = await makeTestApp();

describe('GET /health', () => {
  it('says ok with the engine and version while the database answers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: t.database.kind, version: expect.any(String) });
  });

  it('says degraded (database_slow) within 2 s while every connection is held by slow work', async () => {
    // PGlite has one connection and the test PostgreSQL pool five: hold them all for 3 s.
    const held = Array.from({ length: t.database.kind === 'pglite' ? 1 : 5 }, () =>
      t.database.db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        await sleep(3_000);
      }),
    );
    await sleep(100);
    const started = Date.now();
    const res = await t.app.inject({ method: 'GET', url: '/health' });
    const ms = Date.now() - started;
    await Promise.all(held);
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'degraded', reason: 'database_slow' });
    expect(ms).toBeLessThan(2_000);
  });

  it('answers a write the database refuses for a full disk (SQLSTATE 53100) with 507, and health says storage_full', async () => {
    // A real 53100 raised by the database inside the real route stack; a tmpfs-backed disk-full run is
    // db/disk-full.int.test.ts (PGlite). Only rows carrying this test's marker are refused.
    const marker = `disk-full-${randomUUID()}`;
    const fn = `test_disk_full_${marker.slice(10, 18)}`;
    await t.database.db.execute(
      sql.raw(`create function ${fn}() returns trigger language plpgsql as $$
        begin raise exception 'could not extend file: No space left on device' using errcode = '53100'; end $$`),
    );
    await t.database.db.execute(
      sql.raw(`create trigger ${fn} before insert on checkins for each row
        when (new.notes = '${marker}') execute function ${fn}()`),
    );
    try {
      const u = await t.newUser();
      const res = await u.call('POST', '/api/v1/checkins', {
        id: randomUUID(),
        recordedAt: '2026-03-14T08:30:00+01:00',
        pain: 3,
        notes: marker,
      });
      expect(res.status).toBe(507);
      expect(res.json.error.code).toBe('storage_full');
      expect(res.json.error.message).not.toMatch(/extend file|No space/);
      const health = await t.app.inject({ method: 'GET', url: '/health' });
      expect(health.statusCode).toBe(503);
      expect(health.json()).toMatchObject({ status: 'degraded', reason: 'storage_full' });
    } finally {
      await t.database.db.execute(sql.raw(`drop trigger ${fn} on checkins`));
      await t.database.db.execute(sql.raw(`drop function ${fn}()`));
    }
  });
});
