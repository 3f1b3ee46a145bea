import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cookieFrom, makeTestApp, PASSWORD } from '../test/app.js';

const t = await makeTestApp({ limits: { perIpPerMinute: 1000 } });
const post = (url: string, payload?: object, cookie = '') =>
  t.app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });

describe('accounts', () => {
  it('registers, answers /me with the user, and sets an HttpOnly SameSite=Lax cookie', async () => {
    const email = `Maya.${Date.now()}@Example.test`;
    const res = await post('/api/v1/auth/register', { email, password: PASSWORD });
    expect(res.statusCode).toBe(201);
    expect(res.json().user.email).toBe(email.toLowerCase());
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: cookieFrom(res) } });
    expect(me.statusCode).toBe(200);
    // Whether she runs the server depends on being its first account (the shared PostgreSQL test database
    // already has others); accounts/signup tests cover that. Her password is up to date either way.
    expect(me.json()).toEqual({
      user: res.json().user,
      admin: expect.any(Boolean),
      passwordChangeRequired: false,
    });
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const u = await t.newUser();
    const res = await post('/api/v1/auth/register', { email: u.email.toUpperCase(), password: PASSWORD });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('conflict');
  });

  it('rejects a password shorter than 12 characters', async () => {
    const res = await post('/api/v1/auth/register', { email: 'short@example.test', password: '12345678901' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('password');
  });

  it.each([
    ['password1234', 'This is one of the most common passwords. Try three or four unrelated words.'],
    [' '.repeat(12), 'This is one of the most common passwords. Try three or four unrelated words.'],
    ['maya.rivers-kettle', 'Leave your email address out of your password.'],
    ['smithjohnson', 'This password would be easy to guess. Try three or four unrelated words.'],
  ])('refuses %j as a new password, with a plain reason, and creates nothing', async (password, message) => {
    // Her local part is what the email rule looks for; a domain of each run's own keeps the sign-in brake's
    // per-account count (24 h, on the shared PostgreSQL test database) from adding up across runs.
    const email = `maya.rivers@${randomUUID()}.example.test`;
    const res = await post('/api/v1/auth/register', { email, password });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'password', message }],
    });
    expect((await post('/api/v1/auth/login', { email, password })).statusCode).toBe(401);
  });

  it('signs in with the same password typed in full-width letters (NFKC)', async () => {
    const email = `nfkc-${Date.now()}@example.test`;
    const typed = 'ｓｕｎｆｌｏｗｅｒ ｇａｒｄｅｎ ｌａｍｐ';
    expect((await post('/api/v1/auth/register', { email, password: typed })).statusCode).toBe(201);
    expect((await post('/api/v1/auth/login', { email, password: 'sunflower garden lamp' })).statusCode).toBe(
      200,
    );
    expect((await post('/api/v1/auth/login', { email, password: typed })).statusCode).toBe(200);
  });

  it('signs in with the right password and refuses a wrong one with a generic message', async () => {
    const u = await t.newUser();
    const ok = await post('/api/v1/auth/login', { email: u.email, password: PASSWORD });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.id).toBe(u.id);
    const wrong = await post('/api/v1/auth/login', { email: u.email, password: 'not the password' });
    const unknown = await post('/api/v1/auth/login', {
      email: `nobody-${randomUUID()}@example.test`,
      password: 'not the password',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('logs out by revoking the session on the server, not just the cookie', async () => {
    const u = await t.newUser();
    expect((await post('/api/v1/auth/logout', undefined, u.cookie)).statusCode).toBe(204);
    expect((await u.call('GET', '/api/v1/me')).status).toBe(401);
  });

  it('brakes an account after repeated wrong passwords from one address, even with the right one', async () => {
    const u = await t.newUser();
    for (let i = 0; i < 5; i++) {
      expect(
        (await post('/api/v1/auth/login', { email: u.email, password: 'wrong password!' })).statusCode,
      ).toBe(401);
    }
    const locked = await post('/api/v1/auth/login', { email: u.email, password: PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('rate_limited');
  });

  it('answers 401 to anonymous requests for user data', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/checkins?from=2026-01-01&to=2026-01-31' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });
});

describe('per-IP rate limit', async () => {
  const limited = await makeTestApp({ limits: { perIpPerMinute: 5 } });
  it('trips after the per-minute allowance of sign-in attempts from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await limited.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: `ip${i}@example.test`, password: 'whatever-password' },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});
