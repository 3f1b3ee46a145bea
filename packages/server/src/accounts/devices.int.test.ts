import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../db/schema/users.js';
import { cookieFrom, makeTestApp, type TestUser } from '../test/app.js';

let now = new Date('2026-05-01T08:00:00Z');
const t = await makeTestApp({ clock: () => now });
const later = (minutes: number) => {
  now = new Date(now.getTime() + minutes * 60_000);
};

/** Another device of hers: a sign-in with its own User-Agent; its cookie. */
async function signInElsewhere(
  user: TestUser,
  userAgent = 'Mozilla/5.0 (Android 15) Firefox/140',
): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'user-agent': userAgent },
    payload: { email: user.email, password: user.password },
  });
  expect(res.statusCode).toBe(200);
  return cookieFrom(res);
}

async function tokenOf(user: TestUser): Promise<string> {
  const res = await user.call('POST', '/api/v1/tokens', {
    name: 'script',
    scope: 'read_write',
    password: user.password,
  });
  expect(res.status).toBe(201);
  return res.json.token.secret;
}

const get = async (url: string, headers: Record<string, string>) =>
  (await t.app.inject({ method: 'GET', url, headers })).statusCode;
const asCookie = (cookie: string) => ({ cookie });
const asBearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('your devices', () => {
  it('lists her sessions newest first, with the browser each signed in from and the current one marked', async () => {
    const u = await t.newUser();
    later(1);
    await signInElsewhere(u, `Phone ${'x'.repeat(400)}`);
    const res = await u.call('GET', '/api/v1/me/sessions');
    expect(res.status).toBe(200);
    const [phone, first] = res.json.items;
    expect(res.json.items).toHaveLength(2);
    expect(phone).toMatchObject({
      current: false,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
    });
    expect(phone.userAgent).toHaveLength(256);
    expect(phone.userAgent.startsWith('Phone xx')).toBe(true);
    expect(first).toMatchObject({ current: true, userAgent: 'lightMyRequest' }); // inject's own User-Agent
    expect(Object.keys(first).sort()).toEqual(['createdAt', 'current', 'id', 'lastSeenAt', 'userAgent']);
  });

  it("never lists another user's sessions", async () => {
    const a = await t.newUser();
    const b = await t.newUser();
    await signInElsewhere(b);
    const res = await a.call('GET', '/api/v1/me/sessions');
    expect(res.json.items).toHaveLength(1);
  });

  it('signs one device out; that device is signed out, this one is not', async () => {
    const u = await t.newUser();
    const phone = await signInElsewhere(u);
    const { json } = await u.call('GET', '/api/v1/me/sessions');
    const other = json.items.find((s: { current: boolean }) => !s.current);
    expect((await u.call('DELETE', `/api/v1/me/sessions/${other.id}`)).status).toBe(204);
    expect(await get('/api/v1/me', asCookie(phone))).toBe(401);
    expect(await get('/api/v1/me', asCookie(u.cookie))).toBe(200);
    expect((await u.call('DELETE', `/api/v1/me/sessions/${other.id}`)).status).toBe(404);
  });

  it('signs her out when she ends the current session, and clears the cookie', async () => {
    const u = await t.newUser();
    const { json } = await u.call('GET', '/api/v1/me/sessions');
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/sessions/${json.items[0].id}`,
      headers: { cookie: u.cookie },
    });
    expect(res.statusCode).toBe(204);
    expect(String(res.headers['set-cookie'])).toMatch(/spinekind_session=;/);
    expect(await get('/api/v1/me', asCookie(u.cookie))).toBe(401);
  });

  it("answers 404 for an unknown id and for another user's session, which stays signed in", async () => {
    const a = await t.newUser();
    const b = await t.newUser();
    const { json } = await b.call('GET', '/api/v1/me/sessions');
    expect((await a.call('DELETE', `/api/v1/me/sessions/${json.items[0].id}`)).status).toBe(404);
    expect((await a.call('DELETE', `/api/v1/me/sessions/${randomUUID()}`)).status).toBe(404);
    expect(await get('/api/v1/me', asCookie(b.cookie))).toBe(200);
  });

  it('signs out everywhere else: her other sessions and all her access tokens end, this one stays', async () => {
    const u = await t.newUser();
    const bystander = await t.newUser();
    const phone = await signInElsewhere(u);
    const token = await tokenOf(u);
    const theirToken = await tokenOf(bystander);
    expect((await u.call('POST', '/api/v1/me/sessions/revoke-others')).status).toBe(204);
    expect(await get('/api/v1/me', asCookie(phone))).toBe(401);
    expect(await get('/api/v1/me', asBearer(token))).toBe(401);
    expect(await get('/api/v1/me', asCookie(u.cookie))).toBe(200);
    expect((await u.call('GET', '/api/v1/me/sessions')).json.items).toHaveLength(1);
    expect(await get('/api/v1/me', asBearer(theirToken))).toBe(200);
  });

  it('is for signed-in devices only: an access token can neither list nor end sessions', async () => {
    const u = await t.newUser();
    const token = await tokenOf(u);
    expect(await get('/api/v1/me/sessions', asBearer(token))).toBe(403);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/sessions/revoke-others',
      headers: asBearer(token),
    });
    expect(res.statusCode).toBe(403);
    expect(await get('/api/v1/me', asBearer(token))).toBe(200);
  });
});

describe('changing her password', () => {
  it('ends every other session and every access token, keeps this one, and the new password signs in', async () => {
    const u = await t.newUser();
    const phone = await signInElsewhere(u);
    const token = await tokenOf(u);
    const newPassword = 'a whole new set of words';
    const res = await u.call('POST', '/api/v1/me/password', { currentPassword: u.password, newPassword });
    expect(res.status).toBe(204);
    expect(await get('/api/v1/me', asCookie(u.cookie))).toBe(200);
    expect(await get('/api/v1/me', asCookie(phone))).toBe(401);
    expect(await get('/api/v1/me', asBearer(token))).toBe(401);
    const login = (password: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: u.email, password } });
    expect((await login(newPassword)).statusCode).toBe(200);
    expect((await login(u.password)).statusCode).toBe(401);
  });

  it('refuses a wrong current password with reauth_required and changes nothing', async () => {
    const u = await t.newUser();
    const phone = await signInElsewhere(u);
    const res = await u.call('POST', '/api/v1/me/password', {
      currentPassword: 'not my password at all',
      newPassword: 'a whole new set of words',
    });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('reauth_required');
    expect(res.json.error.details).toEqual([{ path: 'currentPassword', message: expect.any(String) }]);
    expect(await get('/api/v1/me', asCookie(phone))).toBe(200);
  });

  it('refuses a new password the rules reject, with details on newPassword', async () => {
    const u = await t.newUser();
    const res = await u.call('POST', '/api/v1/me/password', {
      currentPassword: u.password,
      newPassword: 'short',
    });
    expect(res.status).toBe(400);
    expect(res.json.error.details.map((d: { path: string }) => d.path)).toEqual(['newPassword']);
    for (const newPassword of ['password1234', `${u.email.split('@')[0]}-and-more`]) {
      const weak = await u.call('POST', '/api/v1/me/password', { currentPassword: u.password, newPassword });
      expect(weak.status, newPassword).toBe(400);
      expect(weak.json.error.details[0].path).toBe('newPassword');
    }
  });

  it('goes through the sign-in brake: guessing her current password is slowed down (429)', async () => {
    const u = await t.newUser();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await u.call('POST', '/api/v1/me/password', {
        currentPassword: `wrong guess ${i}`,
        newPassword: 'a whole new set of words',
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5)).toEqual(Array(5).fill(403));
    expect(statuses.at(-1)).toBe(429);
  });

  it('clears "password change required"', async () => {
    const u = await t.newUser();
    await t.database.db.update(users).set({ passwordChangeRequired: true }).where(eq(users.id, u.id));
    await u.call('POST', '/api/v1/me/password', {
      currentPassword: u.password,
      newPassword: 'another long passphrase',
    });
    const [row] = await t.database.db.select().from(users).where(eq(users.id, u.id));
    expect(row?.passwordChangeRequired).toBe(false);
  });

  it('cannot be done with an access token', async () => {
    const u = await t.newUser();
    const token = await tokenOf(u);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: asBearer(token),
      payload: { currentPassword: u.password, newPassword: 'a whole new set of words' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });
});
