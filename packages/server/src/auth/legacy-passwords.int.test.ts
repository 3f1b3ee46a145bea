import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../db/schema/users.js';
import { cookieFrom, makeTestApp, PASSWORD } from '../test/app.js';

const t = await makeTestApp({ limits: { perIpPerMinute: 1000 } });
const login = (email: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

/** An account made before NFKC and the 12-character rule: its hash is of the password exactly as typed. */
async function legacyAccount(password: string) {
  const email = `legacy-${randomUUID()}@example.test`;
  const passwordHash = await hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
  await t.database.db.insert(users).values({ email, passwordHash });
  const stored = async () => (await t.database.db.select().from(users).where(eq(users.email, email)))[0];
  return { email, stored };
}

describe('passwords from before the current rules', () => {
  it('signs in with a 10-character password and asks her to change it', async () => {
    const { email, stored } = await legacyAccount('kettle4321');
    const res = await login(email, 'kettle4321');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { email }, passwordChangeRequired: true });
    expect((await stored())?.passwordChangeRequired).toBe(true);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: cookieFrom(res) } });
    expect(me.json()).toMatchObject({ passwordChangeRequired: true });
  });

  it('verifies the form she typed once, then re-hashes it in NFKC form', async () => {
    const typed = 'ｓｕｎｆｌｏｗｅｒ ｌａｍｐ ７';
    const { email, stored } = await legacyAccount(typed);
    const before = (await stored())?.passwordHash;
    const res = await login(email, typed);
    expect(res.statusCode).toBe(200);
    expect(res.json().passwordChangeRequired).toBe(false);
    expect((await stored())?.passwordHash).not.toBe(before);
    // Now the ASCII form (what another keyboard types) matches too.
    expect((await login(email, 'sunflower lamp 7')).statusCode).toBe(200);
  });

  it('does not change a current account', async () => {
    const u = await t.newUser();
    const before = (await t.database.db.select().from(users).where(eq(users.id, u.id)))[0];
    const res = await login(u.email, PASSWORD);
    expect(res.json().passwordChangeRequired).toBe(false);
    const after = (await t.database.db.select().from(users).where(eq(users.id, u.id)))[0];
    expect(after).toEqual(before);
  });
});

describe('the session cookie behind https', async () => {
  const https = await makeTestApp({
    config: { publicUrl: 'https://spinekind.example', logLevel: 'silent' },
    limits: { perIpPerMinute: 1000 },
  });

  it('is named __Host-spinekind_session: Secure, Path=/, no Domain', async () => {
    const res = await https.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { email: `host-${randomUUID()}@example.test`, password: PASSWORD },
    });
    expect(res.statusCode).toBe(201);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^__Host-spinekind_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).not.toMatch(/Domain=/i);
    const cookie = cookieFrom(res);
    const me = await https.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    const plain = cookie.replace('__Host-spinekind_session', 'spinekind_session');
    expect(
      (await https.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: plain } })).statusCode,
    ).toBe(401);
  });

  it('is plain spinekind_session over http', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { email: `plain-${randomUUID()}@example.test`, password: PASSWORD },
    });
    expect(String(res.headers['set-cookie'])).toMatch(/^spinekind_session=/);
  });
});
