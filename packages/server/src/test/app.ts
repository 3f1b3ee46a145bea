import { randomUUID } from 'node:crypto';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll } from 'vitest';
import { type AppOptions, buildApp } from '../app.js';
import { type Database, openPglite, openPostgres } from '../db/client.js';
import { isolatedPostgresSchema } from './isolated-postgres.js';
import { pgliteTemplateDir, testTarget, tmpRoot } from './target.js';

/**
 * A real database for one test file: a copy of the migrated PGlite template, or the shared PostgreSQL
 * (with `empty`, a private schema of its own, for tests that need a server without any account).
 */
export async function openTestDatabase({ empty = false } = {}): Promise<Database> {
  const target = testTarget();
  if (target.kind === 'postgres' && empty) {
    const schema = await isolatedPostgresSchema(target.url);
    const database = await openPostgres(schema.url, 5);
    return { ...database, close: () => database.close().then(() => schema.drop()) };
  }
  if (target.kind === 'postgres') return openPostgres(target.url, 5);
  const template = pgliteTemplateDir();
  const dir = join(tmpRoot, `pglite-test-${randomUUID()}`);
  cpSync(template, dir, { recursive: true });
  const database = await openPglite(dir);
  const close = database.close;
  return {
    ...database,
    close: async () => {
      await close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** A fresh user with a session cookie; every test makes its own, so tests never see each other's data. */
  newUser(): Promise<TestUser>;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  cookie: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests assert on arbitrary response JSON.
  call(method: InjectOptions['method'], url: string, body?: unknown): Promise<{ status: number; json: any }>;
}

export const PASSWORD = 'correct horse battery staple';

export function cookieFrom(res: { headers: Record<string, unknown> }): string {
  const set = res.headers['set-cookie'];
  const list = Array.isArray(set) ? set : set ? [String(set)] : [];
  return list.map((c: string) => c.split(';')[0]).join('; ');
}

/**
 * Requests a file injects come from a loopback address of its own unless it names one. On PostgreSQL every
 * file shares one database, and with it the sign-in brake's per-address counts: without this, fifty wrong
 * passwords spread over the suite braked every later sign-in "from 127.0.0.1" (seen on CI as 429s).
 */
function fromOwnAddress(app: FastifyInstance): void {
  const byte = () => 1 + Math.floor(Math.random() * 254);
  const remoteAddress = `127.${byte()}.${byte()}.${byte()}`;
  const inject = app.inject.bind(app);
  const withAddress = (opts: InjectOptions | string) =>
    typeof opts === 'string' ? { url: opts, remoteAddress } : { remoteAddress, ...opts };
  app.inject = ((opts?: InjectOptions | string, callback?: never) =>
    opts === undefined
      ? inject()
      : callback
        ? inject(withAddress(opts), callback)
        : inject(withAddress(opts))) as typeof app.inject;
}

/** Builds the app on a real test database, closed after the file's tests. */
export async function makeTestApp(
  options: Partial<AppOptions> = {},
  { empty = false } = {},
): Promise<TestApp> {
  const database = await openTestDatabase({ empty });
  const app = await buildApp({ database, config: { publicUrl: undefined, logLevel: 'silent' }, ...options });
  fromOwnAddress(app);
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const call = (cookie: string) => async (method: InjectOptions['method'], url: string, body?: unknown) => {
    const res = await app.inject({
      method,
      url,
      headers: cookie ? { cookie } : {},
      ...(body === undefined ? {} : { payload: body as object }),
    });
    return { status: res.statusCode, json: res.body ? res.json() : undefined };
  };

  async function newUser(): Promise<TestUser> {
    const email = `u-${randomUUID()}@example.test`;
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { email, password: PASSWORD },
    });
    if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
    const cookie = cookieFrom(res);
    return { id: res.json().user.id, email, password: PASSWORD, cookie, call: call(cookie) };
  }
  return { app, database, newUser };
}
