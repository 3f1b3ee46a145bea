import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../db/schema/users.js';
import { cookieFrom, makeTestApp, PASSWORD, type TestApp } from '../test/app.js';
import { createAccount } from './signup.js';

const register = (t: TestApp, body: Record<string, unknown> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { email: `u-${randomUUID()}@example.test`, password: PASSWORD, ...body },
  });

const signupInfo = async (t: TestApp) =>
  (await t.app.inject({ method: 'GET', url: '/api/v1/auth/signup' })).json();

async function isAdmin(t: TestApp, cookie: string): Promise<boolean> {
  const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
  return me.json().admin;
}

const admins = async (t: TestApp) =>
  (await t.database.db.select({ id: users.id }).from(users).where(eq(users.admin, true))).length;

describe('SIGNUP=closed', async () => {
  const t = await makeTestApp(
    { config: { publicUrl: undefined, logLevel: 'silent', signup: 'closed' } },
    { empty: true },
  );

  it('still lets the first account be made on an empty server, as its admin; then takes no more', async () => {
    expect(await signupInfo(t)).toEqual({ mode: 'closed', firstAccount: true, resetByEmail: false });
    const first = await register(t);
    expect(first.statusCode).toBe(201);
    expect(await isAdmin(t, cookieFrom(first))).toBe(true);
    expect(await signupInfo(t)).toEqual({ mode: 'closed', firstAccount: false, resetByEmail: false });
    const second = await register(t);
    expect(second.statusCode).toBe(403);
    expect(second.json().error.code).toBe('signup_closed');
    expect(second.headers['set-cookie']).toBeUndefined();
  });
});

describe('SIGNUP=open (the default)', async () => {
  const t = await makeTestApp({}, { empty: true });

  it('makes exactly one admin when several people register at once on an empty server', async () => {
    expect((await signupInfo(t)).mode).toBe('open');
    const answers = await Promise.all(Array.from({ length: 6 }, () => register(t)));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(6).fill(201));
    expect(await admins(t)).toBe(1);
    const flags = await Promise.all(answers.map((a) => isAdmin(t, cookieFrom(a))));
    expect(flags.filter(Boolean)).toHaveLength(1);
  });

  it('lets anyone make an account, never an admin once one exists', async () => {
    const res = await register(t);
    expect(res.statusCode).toBe(201);
    expect(await isAdmin(t, cookieFrom(res))).toBe(false);
  });

  it('ignores an invite token when sign-up is open', async () => {
    expect((await register(t, { inviteToken: 'whatever' })).statusCode).toBe(201);
  });
});

describe('creating accounts at the same moment', async () => {
  const t = await makeTestApp({}, { empty: true });

  it('makes exactly one admin of 20 accounts created at once (no password hashing to spread them out)', async () => {
    const now = new Date();
    // Every pooled connection open first, so the 20 transactions really overlap on PostgreSQL.
    await Promise.all(Array.from({ length: 5 }, () => t.database.db.execute(sql`select pg_sleep(0.05)`)));
    const made = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        createAccount(t.database.db, { email: `race-${i}@example.test`, passwordHash: 'x' }, 'open', now),
      ),
    );
    expect(made.filter(Boolean)).toHaveLength(20);
    expect(await admins(t)).toBe(1);
  });
});
