import { randomUUID } from 'node:crypto';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hashPassword } from '../../auth/passwords.js';
import { PASSWORD } from '../app.js';
import { crashSeed, killDelays, migrationCount, migrationsUpTo, sleep } from '../crash.js';
import { freshDatabase } from '../fresh-database.js';
import { ensureServerBuilt, spawnServerProcess } from '../server-process.js';
import { pgliteTemplateDir, testTarget, tmpRoot } from '../target.js';

// The crash loop, during migrations: a server starts on a database an older install left (the first
// OLD_LEVEL migrations, one person with one check-in) and is SIGKILLed at seeded random points while it
// brings the schema up to date. After each kill the database holds either the old schema or the new one
// (the migrations run in one transaction), and the next start completes them with her data intact.
const target = testTarget();
const OLD_LEVEL = 6; // 0000…0005: the upgrade then runs every later migration, the largest window to hit
const KILLS = Number(process.env.CRASH_ITERATIONS ?? 3);
const seed = crashSeed();
const work = join(tmpRoot, `crash-migrate-${randomUUID()}`);
const cleanups: (() => Promise<unknown> | unknown)[] = [() => rmSync(work, { recursive: true, force: true })];
afterAll(async () => {
  for (const clean of cleanups.reverse()) await clean();
});

const email = 'old-install@example.test';
const checkinId = '6f1d3c2a-8b7e-4d5f-9a0b-1c2d3e4f5a6b';

/** Runs `sql` on the database in `where` (a PGlite DATA_DIR or a PostgreSQL URL) and answers the rows. */
async function query<T>(where: string, sql: string, params: unknown[] = []): Promise<T[]> {
  if (target.kind === 'pglite') {
    const client = new PGlite(join(where, 'pglite'));
    try {
      return (await client.query<T>(sql, params)).rows;
    } finally {
      await client.close();
    }
  }
  const client = new pg.Client({ connectionString: where });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

const seedOldData = (passwordHash: string) => `
  insert into users (id, email, password_hash, created_at)
    values ('${randomUUID()}', '${email}', '${passwordHash}', '2025-01-01T00:00:00Z');
  insert into checkins (user_id, id, recorded_at, utc_offset_minutes, local_date, pain, notes)
    select id, '${checkinId}', '2025-01-02T08:30:00Z', 0, '2025-01-02', 6, 'from an old install' from users;`;

/** A PGlite DATA_DIR at OLD_LEVEL with her account and check-in, made once and copied for each round. */
async function oldPgliteTemplate(): Promise<string> {
  const dir = join(work, 'old-install');
  cpSync(pgliteTemplateDir(), dir, { recursive: true });
  const client = new PGlite(join(dir, 'pglite'));
  try {
    // The migrated template, emptied: quicker than a new PGlite data directory (initdb).
    await client.exec('drop schema public cascade; create schema public; drop schema drizzle cascade;');
    await migratePglite(drizzlePglite({ client }), { migrationsFolder: migrations });
    await client.exec(data);
  } finally {
    await client.close();
  }
  return dir;
}

/** A database at OLD_LEVEL with her account and check-in; answers where it is (DATA_DIR or URL). */
async function oldInstall(name: string): Promise<string> {
  if (target.kind === 'pglite') {
    const dir = join(work, name);
    cpSync(oldTemplate, dir, { recursive: true });
    return dir;
  }
  const db = await freshDatabase(target.url, `crash_${name}`);
  cleanups.push(db.drop);
  const pool = new pg.Pool({ connectionString: db.url, max: 1 });
  try {
    await migratePg(drizzlePg({ client: pool }), { migrationsFolder: migrations });
    await pool.query(data);
  } finally {
    await pool.end();
  }
  return db.url;
}

const envOf = (where: string): Record<string, string> => ({
  ...(target.kind === 'pglite' ? { DATA_DIR: where } : { DATABASE_URL: where }),
  PUSH_JOB_INTERVAL_MS: '0',
  LOG_LEVEL: 'warn',
});

/** Starts a server on `where` (it listens only once migrated) and checks her sign-in and check-in; answers the upgrade time. */
async function expectUpgraded(where: string): Promise<number> {
  const server = await spawnServerProcess(envOf(where));
  try {
    await server.waitForLine(/Bringing the database up to date/);
    const started = Date.now();
    await server.healthy();
    const migrated = Date.now() - started;
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const me = await fetch(`${server.url}/api/v1/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    const list = await fetch(`${server.url}/api/v1/checkins?from=2025-01-02&to=2025-01-02`, {
      headers: { cookie },
    });
    expect((await list.json()).items).toMatchObject([
      { id: checkinId, pain: 6, notes: 'from an old install' },
    ]);
    return migrated;
  } finally {
    await server.stop();
  }
}

let migrations = '';
let data = '';
let oldTemplate = '';
beforeAll(async () => {
  ensureServerBuilt();
  migrations = migrationsUpTo(OLD_LEVEL, join(work, 'migrations'));
  data = seedOldData(await hashPassword(PASSWORD));
  if (target.kind === 'pglite') oldTemplate = await oldPgliteTemplate();
}, 120_000);

/** Starts a server on `where`, SIGKILLs it `delay` ms after it announces the upgrade, and checks the
 * database holds the whole old schema or the whole new one; then a restart must complete the upgrade. */
async function killDuringUpgrade(
  where: string,
  delay: number,
): Promise<{ outcome: string; upgrade: number }> {
  const server = await spawnServerProcess(envOf(where));
  await server.waitForLine(/Bringing the database up to date/);
  await sleep(delay);
  await server.kill();
  const [applied] = await query<{ n: number }>(
    where,
    'select count(*)::int as n from drizzle.__drizzle_migrations',
  );
  expect([OLD_LEVEL, migrationCount]).toContain(applied?.n);
  // 0006 adds access_tokens: it exists exactly when the whole upgrade was committed, never half of it.
  const newTables = await query(
    where,
    `select 1 from information_schema.tables where table_name = 'access_tokens'`,
  );
  expect(newTables.length).toBe(applied?.n === migrationCount ? 1 : 0);
  const upgrade = await expectUpgraded(where);
  return { outcome: applied?.n === OLD_LEVEL ? 'old schema' : 'new schema', upgrade };
}

it(`SIGKILL during migrations (seed ${seed}) leaves the old schema or the new one, and a restart completes them`, async () => {
  // The first kill comes right after the announcement; the restart after it times the window the
  // seeded kills of the later rounds aim at.
  const first = await killDuringUpgrade(await oldInstall('kill0'), 0);
  const delays = killDelays(seed, KILLS - 1, first.upgrade);
  console.log(
    `crash-migrate (${target.kind}, seed ${seed}): upgrade took ${first.upgrade} ms; then kill after ${delays.join(', ')} ms`,
  );
  const outcomes = [first.outcome];
  for (const [i, delay] of delays.entries())
    outcomes.push((await killDuringUpgrade(await oldInstall(`kill${i + 1}`), delay)).outcome);
  console.log(`crash-migrate (${target.kind}): after each kill: ${outcomes.join(', ')}`);
  // The kill right after the announcement lands before the upgrade commits: the loop did cut one short.
  expect(first.outcome).toBe('old schema');
}, 480_000);
