import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { type Database, openPglite, openPostgres } from '../db/client.js';
import { cookieFrom, PASSWORD } from '../test/app.js';
import { seedDemoDiary } from '../test/demo-diary.js';
import { freshDatabase } from '../test/fresh-database.js';
import { ensureServerBuilt, startServerProcess } from '../test/server-process.js';
import { pgliteTemplateDir, testTarget, tmpRoot } from '../test/target.js';

// The whole-server backup as a self-hoster runs it: two people's diaries on a server, `admin dump` (a
// real child process), `admin load` into a new DATA_DIR / an empty database, a real server started on
// it, and each person's JSON export compared, with her session and password still working.
const target = testTarget();
const cliJs = join(tmpRoot, '..', 'packages/server/dist/admin/cli.js');
const work = join(tmpRoot, `admin-dump-${randomUUID()}`);
const cleanups: (() => Promise<unknown> | unknown)[] = [() => rmSync(work, { recursive: true, force: true })];
afterAll(async () => {
  for (const clean of cleanups.reverse()) await clean();
});
beforeAll(() => {
  mkdirSync(work, { recursive: true });
  ensureServerBuilt();
}, 120_000);

async function admin(args: string[], env: Record<string, string>) {
  const { DATABASE_URL: _d, DATA_DIR: _a, TEST_DB: _t, INIT_CWD: _i, ...inherited } = process.env;
  const child = spawn(process.execPath, [cliJs, ...args], {
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, out };
}

interface Person {
  email: string;
  cookie: string;
  backup: unknown;
}

/** Her JSON backup without the moment it was made, which differs between two exports of the same data. */
async function exportOf(get: (path: string, cookie: string) => Promise<Response>, cookie: string) {
  const res = await get('/api/v1/export?format=json', cookie);
  expect(res.status).toBe(200);
  const { exportedAt: _when, ...backup } = (await res.json()) as Record<string, unknown>;
  return backup;
}

/** Two people with different diaries on a server built on `database`; answers their exports and cookies. */
async function twoPeople(database: Database): Promise<Person[]> {
  await database.migrate();
  const app = await buildApp({ database, config: { publicUrl: undefined, logLevel: 'silent' } });
  try {
    const people: Person[] = [];
    for (const [from, days] of [
      ['2026-01-05', 40],
      ['2026-03-01', 12],
    ] as const) {
      const email = `dump-${randomUUID()}@example.test`;
      const reg = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: { email, password: PASSWORD },
      });
      expect(reg.statusCode).toBe(201);
      const cookie = cookieFrom(reg);
      const call = async (method: string, url: string, body?: unknown) => {
        const res = await app.inject({
          method: method as 'GET',
          url,
          headers: { cookie },
          ...(body === undefined ? {} : { payload: body as object }),
        });
        return { status: res.statusCode, json: res.body ? res.json() : undefined };
      };
      await seedDemoDiary({ id: reg.json().user.id, email, password: PASSWORD, cookie, call }, from, days);
      const get = async (path: string, c: string) => {
        const res = await app.inject({ method: 'GET', url: path, headers: { cookie: c } });
        return new Response(res.body, { status: res.statusCode });
      };
      people.push({ email, cookie, backup: await exportOf(get, cookie) });
    }
    const [a, b] = people;
    expect(JSON.stringify(a?.backup)).not.toBe(JSON.stringify(b?.backup));
    return people;
  } finally {
    await app.close();
    await database.close();
  }
}

/** Starts a real server with `env`, and checks each person's session, export and password on it. */
async function expectSameServer(env: Record<string, string>, people: Person[]) {
  const server = await startServerProcess({ ...env, PUSH_JOB_INTERVAL_MS: '0' });
  try {
    const get = (path: string, cookie: string) => fetch(server.url + path, { headers: { cookie } });
    for (const person of people) {
      expect(await exportOf(get, person.cookie)).toEqual(person.backup);
      const login = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: person.email, password: PASSWORD }),
      });
      expect(login.status).toBe(200);
    }
  } finally {
    await server.stop();
  }
}

function modesOf(root: string): Set<string> {
  const modes = new Set<string>();
  const walk = (path: string) => {
    modes.add(`dir ${(statSync(path).mode & 0o777).toString(8)}`);
    for (const e of readdirSync(path, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(path, e.name));
      else modes.add(`file ${(statSync(join(path, e.name)).mode & 0o777).toString(8)}`);
    }
  };
  walk(root);
  return modes;
}

/** PGlite: dump refuses while the server runs, then dumps; load fills only an empty DATA_DIR; exports match. */
async function pgliteRoundTrip() {
  const source = join(work, 'source');
  cpSync(pgliteTemplateDir(), source, { recursive: true });
  const people = await twoPeople(await openPglite(source));
  const file = join(work, 'server.dump');

  const running = await startServerProcess({ DATA_DIR: source, PUSH_JOB_INTERVAL_MS: '0' });
  const busy = await admin(['dump', file], { DATA_DIR: source });
  await running.stop();
  expect(busy.code).toBe(1);
  expect(busy.out).toMatch(/The server is running on .* \(process \d+\)/);
  expect(busy.out).toContain('stop the server first');
  expect(existsSync(file)).toBe(false);

  const dumped = await admin(['dump', file], { DATA_DIR: source });
  expect(dumped.out).toContain('2 account(s)');
  expect(dumped.code).toBe(0);
  expect(statSync(file).mode & 0o777).toBe(0o600);

  const notEmpty = await admin(['load', file], { DATA_DIR: source });
  expect(notEmpty.code).toBe(1);
  expect(notEmpty.out).toContain('is not empty');

  const restored = join(work, 'restored', 'data');
  const loaded = await admin(['load', file], { DATA_DIR: restored });
  expect(loaded.out).toContain('Loaded 2 account(s)');
  expect(loaded.code).toBe(0);
  expect(modesOf(restored)).toEqual(new Set(['dir 700', 'file 600']));

  await expectSameServer({ DATA_DIR: restored }, people);
}

const pgDump =
  spawnSync('pg_dump', ['--version']).status === 0 && spawnSync('pg_restore', ['--version']).status === 0;

/** PostgreSQL: dump with pg_dump, load with pg_restore only into an empty database; exports match. */
async function postgresRoundTrip(url: string) {
  const source = await freshDatabase(url, 'dump');
  const restore = await freshDatabase(url, 'restore');
  cleanups.push(source.drop, restore.drop);
  const people = await twoPeople(await openPostgres(source.url, 2));
  const file = join(work, 'server.pgdump');
  const dumped = await admin(['dump', file], { DATABASE_URL: source.url });
  if (!pgDump) {
    // Without PostgreSQL's client tools the command must say what to install and what to run instead.
    console.error(
      '\n!!! pg_dump/pg_restore are not installed: the PostgreSQL dump round trip did NOT run.\n',
    );
    expect(dumped.code).toBe(1);
    expect(dumped.out).toContain('pg_dump is not installed here');
    return;
  }
  expect(dumped.code, dumped.out).toBe(0);

  const notEmpty = await admin(['load', file], { DATABASE_URL: source.url });
  expect(notEmpty.code).toBe(1);
  expect(notEmpty.out).toContain('is not empty');
  expect(notEmpty.out).not.toContain(`:${new URL(url).password}@`);

  const loaded = await admin(['load', file], { DATABASE_URL: restore.url });
  expect(loaded.code, loaded.out).toBe(0);
  await expectSameServer({ DATABASE_URL: restore.url }, people);
}

it(
  target.kind === 'pglite'
    ? 'PGlite: dump refuses while the server runs, then dumps; load fills only an empty DATA_DIR; exports match'
    : 'PostgreSQL: dump with pg_dump, load with pg_restore only into an empty database; exports match',
  () => (target.kind === 'pglite' ? pgliteRoundTrip() : postgresRoundTrip(target.url)),
  180_000,
);

it('refuses a file that is not a server dump, and a dump meant for the other engine', async () => {
  const dataDir = join(work, `refused-${randomUUID()}`);
  const env: Record<string, string> =
    target.kind === 'postgres' ? { DATABASE_URL: target.url } : { DATA_DIR: dataDir };
  const junk = join(tmpRoot, '..', 'package.json');
  const notADump = await admin(['load', junk], env);
  expect(notADump.code).toBe(1);
  expect(notADump.out).toContain('is not a Spinekind server dump');
  const fixture = new URL('../db/fixtures/pglite-0.5.16.tar.gz', import.meta.url).pathname;
  if (target.kind === 'postgres') {
    const wrongEngine = await admin(['load', fixture], env);
    expect(wrongEngine.out).toContain('is a dump of the embedded database');
    expect(wrongEngine.code).toBe(1);
  }
  const usage = await admin(['dump'], env);
  expect(usage.out).toContain('Usage: npm run admin -- dump <file>');
  const nowhere = await admin(['dump', join(dataDir, 'no-such-folder', 'x.dump')], env);
  expect(nowhere.out).toContain('There is no folder');
  expect(nowhere.code).toBe(1);
  expect(existsSync(dataDir)).toBe(false);
});
