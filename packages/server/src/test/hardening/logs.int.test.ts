import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../app.js';
import { bodiesFor } from './arbitrary.js';
import { NOW, seed, seedRecords, send } from './harness.js';
import { apiRoutes, collectionOf, concrete } from './route-map.js';

// Everything the app logs at debug, kept in memory to be searched.
const lines: string[] = [];
const logStream = new PassThrough();
logStream.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));

const t = await makeTestApp({
  clock: () => NOW,
  config: { publicUrl: undefined, logLevel: 'debug' },
  logStream,
  limits: { perIpPerMinute: 1_000_000 },
  push: { subject: 'mailto:test@example.org', endpointHosts: ['127.0.0.1'] },
});
const exec = (query: string) => t.database.db.execute(sql.raw(query));

/** Every string in a body replaced by the marker, so any text field that reaches the database carries it. */
function planted(value: unknown, marker: string): unknown {
  if (typeof value === 'string') return `${marker}${value.length % 3 === 0 ? '' : ' note'}`;
  if (Array.isArray(value)) return value.map((v) => planted(v, marker));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, planted(v, marker)]));
  return value;
}

describe('no health data in logs', () => {
  const trigger = `hardening_fail_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  let tables: string[] = [];
  afterAll(async () => {
    for (const table of tables) await exec(`drop trigger if exists ${trigger} on "${table}"`);
    await exec(`drop function if exists ${trigger}()`);
  });

  it('logs no planted value when every write of hers fails in the database, at LOG_LEVEL=debug', async () => {
    const user = await t.newUser();
    const ids = await seedRecords(t, user);
    // From now on every row of hers the database is asked to write fails, quoting the row in its message
    // (as a constraint's "Key (…)=(…)" detail would). Other users (other test files) are untouched.
    const found = (await exec(
      `select table_name from information_schema.columns where column_name = 'user_id' and table_schema = 'public'`,
    )) as unknown as { rows: { table_name: string }[] };
    tables = found.rows.map((r) => r.table_name);
    await exec(
      `create function ${trigger}() returns trigger language plpgsql as $$ begin raise exception 'forced failure: %', row_to_json(new)::text; end $$`,
    );
    for (const table of tables)
      await exec(
        `create trigger ${trigger} before insert or update on "${table}" for each row when (new.user_id = '${user.id}'::uuid) execute function ${trigger}()`,
      );

    const marker = `MARKER${randomUUID().replaceAll('-', '')}`;
    const writes = apiRoutes(t.app).filter((r) => r.write && r.body && !r.public);
    let failed = 0;
    for (const [index, route] of writes.entries()) {
      const url = concrete(route, ids.get(collectionOf(route.url)) ?? randomUUID());
      for (const body of fc.sample(bodiesFor(route.body), { numRuns: 12, seed: seed + index })) {
        const res = await send(
          t,
          route.method,
          url,
          { cookie: user.cookie },
          { json: planted(body, marker) },
        );
        expect(res.body).not.toContain('forced failure');
        if (res.status === 500) failed++;
      }
    }
    // Anonymous routes take passwords and emails: plant it there too.
    await send(t, 'POST', '/api/v1/auth/login', undefined, {
      json: { email: `${marker}@example.test`, password: `${marker}-password` },
    });

    const log = lines.join('');
    // The test means something only if statements carrying the marker failed and were logged.
    expect(failed).toBeGreaterThan(10);
    expect(log).toContain('DatabaseError');
    expect(log).toContain('incoming request');
    expect(log).not.toContain(marker);
    expect(log).not.toContain('forced failure');
    expect(log).not.toContain(user.password);
  }, 300_000);
});
