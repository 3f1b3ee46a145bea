import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { cookieFrom, makeTestApp, PASSWORD } from '../test/app.js';
import { createAccount } from './signup.js';

let now = new Date('2026-04-01T10:00:00Z');
const t = await makeTestApp(
  { clock: () => now, config: { publicUrl: undefined, logLevel: 'silent', signup: 'invite' } },
  { empty: true },
);
const DAY = 86_400_000;

const register = async (body: Record<string, unknown> = {}) => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { email: `u-${randomUUID()}@example.test`, password: PASSWORD, ...body },
  });
  return { status: res.statusCode, json: res.json(), cookie: cookieFrom(res) };
};
const as = (cookie: string) => async (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) => {
  const res = await t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, json: res.body ? res.json() : undefined, headers: res.headers };
};

// The first account on the empty server: its admin, made without an invite.
const first = await register();
const admin = as(first.cookie);
const invite = async (body: object = {}) => {
  const res = await admin('POST', '/api/v1/admin/invites', body);
  expect(res.status).toBe(201);
  return res.json as { id: string; url: string; token: string; expiresAt: string };
};

describe('SIGNUP=invite', () => {
  it('made the first account without an invite, and it is the admin', async () => {
    expect(first.status).toBe(201);
    expect((await admin('GET', '/api/v1/me')).json.admin).toBe(true);
  });

  it('asks for an invite (invite_required), and refuses an unknown one (invite_invalid)', async () => {
    const none = await register();
    expect(none.status).toBe(403);
    expect(none.json.error.code).toBe('invite_required');
    const unknown = await register({ inviteToken: 'A'.repeat(43) });
    expect(unknown.status).toBe(403);
    expect(unknown.json.error.code).toBe('invite_invalid');
  });

  it('lets an invite make one account, then never again', async () => {
    const { token } = await invite();
    const joined = await register({ inviteToken: token });
    expect(joined.status).toBe(201);
    expect((await as(joined.cookie)('GET', '/api/v1/me')).json.admin).toBe(false);
    const again = await register({ inviteToken: token });
    expect(again.status).toBe(403);
    expect(again.json.error.code).toBe('invite_invalid');
  });

  it('gives one of two people who register at once with the same invite the account, the other a 403', async () => {
    const { token } = await invite();
    const both = await Promise.all([register({ inviteToken: token }), register({ inviteToken: token })]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 403]);
    expect(both.find((r) => r.status === 403)?.json.error.code).toBe('invite_invalid');
  });

  it('spends an invite once when 10 accounts are created with it at the same moment', async () => {
    const { token } = await invite();
    // Every pooled connection open first, so the transactions really overlap on PostgreSQL.
    await Promise.all(Array.from({ length: 5 }, () => t.database.db.execute(sql`select pg_sleep(0.05)`)));
    const tries = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        createAccount(
          t.database.db,
          { email: `race-${i}-${randomUUID()}@example.test`, passwordHash: 'x', inviteToken: token },
          'invite',
          now,
        ),
      ),
    );
    expect(tries.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = tries.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused.map((r) => r.reason.code)).toEqual(Array(9).fill('invite_invalid'));
  });

  it('keeps the invite unused when the email is taken (409)', async () => {
    const { token, id } = await invite();
    const taken = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: first.cookie },
    });
    const res = await register({ inviteToken: token, email: taken.json().user.email });
    expect(res.status).toBe(409);
    const listed = (await admin('GET', '/api/v1/admin/invites')).json.items;
    expect(listed.find((i: { id: string }) => i.id === id).usedAt).toBeNull();
    expect((await register({ inviteToken: token })).status).toBe(201);
  });

  it('refuses an expired invite', async () => {
    const { token } = await invite({ expiresInDays: 1 });
    now = new Date(now.getTime() + DAY + 1000);
    const res = await register({ inviteToken: token });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('invite_invalid');
  });
});

describe('Admin → Invites', () => {
  it('makes a link that ends with the token, valid 7 days by default, storing only its hash', async () => {
    const made = await invite();
    expect(made.url).toBe(`http://localhost:80/join/${made.token}`);
    expect(made.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(made.expiresAt) - now.getTime()).toBe(7 * DAY);
    const stored = await t.database.db.execute(sql`select * from invites where id = ${made.id}`);
    expect(JSON.stringify(stored)).not.toContain(made.token);
  });

  it('takes 1 to 30 days, whole numbers only', async () => {
    expect(Date.parse((await invite({ expiresInDays: 30 })).expiresAt) - now.getTime()).toBe(30 * DAY);
    for (const expiresInDays of [0, 31, 1.5, '7'])
      expect((await admin('POST', '/api/v1/admin/invites', { expiresInDays })).status).toBe(400);
  });

  it('lists invites newest first with when each was used, never a token', async () => {
    const used = await invite();
    await register({ inviteToken: used.token });
    const res = await admin('GET', '/api/v1/admin/invites');
    const item = res.json.items.find((i: { id: string }) => i.id === used.id);
    expect(item).toEqual({
      id: used.id,
      createdAt: now.toISOString(),
      expiresAt: used.expiresAt,
      usedAt: now.toISOString(),
    });
    expect(JSON.stringify(res.json)).not.toContain(used.token);
    now = new Date(now.getTime() + 60_000);
    const newer = await invite();
    const ids = (await admin('GET', '/api/v1/admin/invites')).json.items.map((i: { id: string }) => i.id);
    expect(ids.indexOf(newer.id)).toBe(0);
    expect(ids.indexOf(used.id)).toBeGreaterThan(0);
  });

  it('revokes an unused invite (then it no longer works); a used one stays (409); an unknown id is 404', async () => {
    const unused = await invite();
    expect((await admin('DELETE', `/api/v1/admin/invites/${unused.id}`)).status).toBe(204);
    expect((await register({ inviteToken: unused.token })).json.error.code).toBe('invite_invalid');
    const used = await invite();
    await register({ inviteToken: used.token });
    expect((await admin('DELETE', `/api/v1/admin/invites/${used.id}`)).status).toBe(409);
    expect((await admin('DELETE', `/api/v1/admin/invites/${randomUUID()}`)).status).toBe(404);
  });

  it('answers 403 forbidden to anyone but the admin, before reading the request', async () => {
    const { token, id } = await invite();
    const member = as((await register({ inviteToken: token })).cookie);
    for (const [method, url, body] of [
      ['POST', '/api/v1/admin/invites', { expiresInDays: 'junk' }],
      ['GET', '/api/v1/admin/invites', undefined],
      ['DELETE', `/api/v1/admin/invites/${id}`, undefined],
      ['DELETE', '/api/v1/admin/invites/not-a-uuid', undefined],
    ] as const) {
      const res = await member(method, url, body);
      expect(res.status, `${method} ${url}`).toBe(403);
      expect(res.json.error.code).toBe('forbidden');
    }
  });
});

describe('invite links with PUBLIC_URL', async () => {
  const pub = await makeTestApp(
    { config: { publicUrl: 'https://spine.example.org', logLevel: 'silent', signup: 'invite' } },
    { empty: true },
  );
  it('build the link on PUBLIC_URL, whatever Host the request named', async () => {
    const res = await pub.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { email: 'admin@example.test', password: PASSWORD },
    });
    const made = await pub.app.inject({
      method: 'POST',
      url: '/api/v1/admin/invites',
      headers: { cookie: cookieFrom(res), host: 'evil.example' },
      payload: {},
    });
    expect(made.json().url).toBe(`https://spine.example.org/join/${made.json().token}`);
  });
});
