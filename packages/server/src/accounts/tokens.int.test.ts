import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';

let now = new Date('2026-03-02T09:00:00Z');
const t = await makeTestApp({ clock: () => now });

async function withToken(
  secret: string,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
  extra = {},
) {
  const res = await t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${secret}`, ...extra },
    ...(body === undefined ? {} : { payload: body as object }),
  });
  return { status: res.statusCode, json: res.body ? res.json() : undefined };
}
async function newToken(user: TestUser, scope: 'read' | 'read_write', name = 'Shortcut') {
  const res = await user.call('POST', '/api/v1/tokens', { name, scope, password: user.password });
  expect(res.status).toBe(201);
  return res.json.token as { id: string; secret: string; name: string; scope: string; createdAt: string };
}
const checkin = { recordedAt: '2026-03-02T08:00:00+00:00', pain: 4 };

describe('personal access tokens', () => {
  it('shows the secret once: the list never has it, and only its hash is stored', async () => {
    const user = await t.newUser();
    const token = await newToken(user, 'read_write', 'iPhone Shortcut');
    expect(token.secret).toMatch(/^sk_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({
      name: 'iPhone Shortcut',
      scope: 'read_write',
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + 90 * 86_400_000).toISOString(),
    });
    const list = await user.call('GET', '/api/v1/tokens');
    expect(list.json.items).toEqual([
      {
        id: token.id,
        name: 'iPhone Shortcut',
        scope: 'read_write',
        createdAt: now.toISOString(),
        lastUsedAt: null,
        expiresAt: new Date(now.getTime() + 90 * 86_400_000).toISOString(),
      },
    ]);
    expect(JSON.stringify(list.json)).not.toContain(token.secret);
    const { rows } = (await t.database.db.execute(
      `select secret_hash from access_tokens where id = '${token.id}'`,
    )) as unknown as { rows: { secret_hash: string }[] };
    expect(rows[0]?.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.secret_hash).not.toContain(token.secret);
  });

  it('lets a read_write token post a check-in and read it back, from a script without Origin rules', async () => {
    const user = await t.newUser();
    const { secret } = await newToken(user, 'read_write');
    const posted = await withToken(secret, 'POST', '/api/v1/checkins', checkin, {
      origin: 'https://shortcuts.example',
    });
    expect(posted.status).toBe(201);
    const read = await withToken(secret, 'GET', '/api/v1/checkins?from=2026-03-02&to=2026-03-02');
    expect(read.json.items.map((c: { pain: number }) => c.pain)).toEqual([4]);
    expect(
      (await user.call('GET', '/api/v1/checkins?from=2026-03-02&to=2026-03-02')).json.items,
    ).toHaveLength(1);
  });

  it('lets a read token read but not change anything', async () => {
    const user = await t.newUser();
    const { secret } = await newToken(user, 'read');
    expect((await withToken(secret, 'GET', '/api/v1/me')).json.user.id).toBe(user.id);
    const refused = await withToken(secret, 'POST', '/api/v1/checkins', checkin);
    expect(refused.status).toBe(403);
    expect(refused.json.error).toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/only read/),
    });
    expect((await withToken(secret, 'PUT', '/api/v1/profile', {})).status).toBe(403);
    expect((await user.call('GET', '/api/v1/checkins?from=2026-03-02&to=2026-03-02')).json.items).toEqual([]);
  });

  it('never lets a token manage tokens or delete the account', async () => {
    const user = await t.newUser();
    const token = await newToken(user, 'read_write');
    expect((await withToken(token.secret, 'GET', '/api/v1/tokens')).status).toBe(403);
    expect(
      (await withToken(token.secret, 'POST', '/api/v1/tokens', { name: 'x', scope: 'read' })).status,
    ).toBe(403);
    expect((await withToken(token.secret, 'DELETE', `/api/v1/tokens/${token.id}`)).status).toBe(403);
    expect((await withToken(token.secret, 'DELETE', '/api/v1/me', { password: user.password })).status).toBe(
      403,
    );
    expect((await user.call('GET', '/api/v1/me')).status).toBe(200);
  });

  it("never reads another user's data with a token", async () => {
    const a = await t.newUser();
    const b = await t.newUser();
    const posted = await b.call('POST', '/api/v1/checkins', checkin);
    const { secret } = await newToken(a, 'read_write');
    expect(
      (await withToken(secret, 'GET', '/api/v1/checkins?from=2026-03-02&to=2026-03-02')).json.items,
    ).toEqual([]);
    expect((await withToken(secret, 'GET', `/api/v1/checkins/${posted.json.checkin.id}`)).status).toBe(404);
    expect((await withToken(secret, 'DELETE', `/api/v1/checkins/${posted.json.checkin.id}`)).status).toBe(
      404,
    );
    const bToken = await newToken(b, 'read');
    expect((await a.call('DELETE', `/api/v1/tokens/${bToken.id}`)).status).toBe(404);
    expect((await b.call('GET', '/api/v1/tokens')).json.items).toHaveLength(1);
  });

  it('answers 401 for a revoked, unknown or malformed token', async () => {
    const user = await t.newUser();
    const token = await newToken(user, 'read');
    expect((await user.call('DELETE', `/api/v1/tokens/${token.id}`)).status).toBe(204);
    const revoked = await withToken(token.secret, 'GET', '/api/v1/me');
    expect(revoked.status).toBe(401);
    expect(revoked.json.error.code).toBe('unauthenticated');
    expect((await withToken('sk_not-a-real-token', 'GET', '/api/v1/me')).status).toBe(401);
    const empty = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: 'Bearer ' },
    });
    expect(empty.statusCode).toBe(401);
    expect((await user.call('DELETE', `/api/v1/tokens/${token.id}`)).status).toBe(404);
  });

  it('ignores the session cookie when a bearer token is sent', async () => {
    const user = await t.newUser();
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: 'Bearer sk_wrong', cookie: user.cookie },
    });
    expect(res.statusCode).toBe(401);
  });

  it('records when a token was last used, at most once a minute', async () => {
    const user = await t.newUser();
    const { secret, id } = await newToken(user, 'read');
    const lastUsed = async () =>
      (await user.call('GET', '/api/v1/tokens')).json.items.find((x: { id: string }) => x.id === id)
        .lastUsedAt;
    now = new Date('2026-03-02T10:00:00Z');
    await withToken(secret, 'GET', '/api/v1/me');
    expect(await lastUsed()).toBe('2026-03-02T10:00:00.000Z');
    now = new Date('2026-03-02T10:00:30Z');
    await withToken(secret, 'GET', '/api/v1/me');
    expect(await lastUsed()).toBe('2026-03-02T10:00:00.000Z');
    now = new Date('2026-03-02T10:02:00Z');
    await withToken(secret, 'GET', '/api/v1/me');
    expect(await lastUsed()).toBe('2026-03-02T10:02:00.000Z');
  });

  it('validates new tokens strictly', async () => {
    const user = await t.newUser();
    expect((await user.call('POST', '/api/v1/tokens', { name: '', scope: 'read' })).status).toBe(400);
    expect((await user.call('POST', '/api/v1/tokens', { name: 'x', scope: 'admin' })).status).toBe(400);
    const extra = await user.call('POST', '/api/v1/tokens', {
      name: 'x',
      scope: 'read',
      password: user.password,
      secret: 'mine',
    });
    expect(extra.status).toBe(400);
    expect(extra.json.error.details).toEqual([{ path: 'secret', message: 'Unknown field "secret".' }]);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/tokens' })).statusCode).toBe(401);
  });

  it('needs her current password: missing or wrong is 403 reauth_required, and nothing is made', async () => {
    const user = await t.newUser();
    const missing = await user.call('POST', '/api/v1/tokens', { name: 'x', scope: 'read' });
    expect(missing.status).toBe(403);
    expect(missing.json.error.code).toBe('reauth_required');
    const wrong = await user.call('POST', '/api/v1/tokens', {
      name: 'x',
      scope: 'read',
      password: 'nope nope',
    });
    expect(wrong.status).toBe(403);
    expect(wrong.json.error).toMatchObject({
      code: 'reauth_required',
      details: [{ path: 'password', message: 'Wrong password.' }],
    });
    expect((await user.call('GET', '/api/v1/tokens')).json.items).toEqual([]);
  });

  it('counts wrong passwords in the sign-in brake, shared with deleting the account', async () => {
    const user = await t.newUser();
    for (let i = 0; i < 3; i++)
      expect(
        (await user.call('POST', '/api/v1/tokens', { name: 'x', scope: 'read', password: `wrong ${i}` }))
          .status,
      ).toBe(403);
    for (let i = 0; i < 2; i++)
      expect((await user.call('DELETE', '/api/v1/me', { password: `wrong again ${i}` })).status).toBe(403);
    const braked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie: user.cookie },
      payload: { name: 'x', scope: 'read', password: user.password },
    });
    expect(braked.statusCode).toBe(429);
    expect(Number(braked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await user.call('DELETE', '/api/v1/me', { password: user.password })).status).toBe(429);
    expect((await user.call('GET', '/api/v1/me')).status).toBe(200);
  });

  it('lives the days she chooses (default 90, 1 to 365), then answers 401', async () => {
    const user = await t.newUser();
    const res = await user.call('POST', '/api/v1/tokens', {
      name: 'Week',
      scope: 'read',
      password: user.password,
      expiresInDays: 7,
    });
    expect(res.status).toBe(201);
    const { secret, expiresAt } = res.json.token;
    expect(expiresAt).toBe(new Date(now.getTime() + 7 * 86_400_000).toISOString());
    const listed = (await user.call('GET', '/api/v1/tokens')).json.items[0];
    expect(listed.expiresAt).toBe(expiresAt);
    const started = now;
    now = new Date(started.getTime() + 7 * 86_400_000 - 1000);
    expect((await withToken(secret, 'GET', '/api/v1/me')).status).toBe(200);
    now = new Date(started.getTime() + 7 * 86_400_000);
    expect((await withToken(secret, 'GET', '/api/v1/me')).status).toBe(401);
    now = started;
  });

  it.each([0, 366, 1.5, '30'])('refuses expiresInDays %j', async (expiresInDays) => {
    const user = await t.newUser();
    const body = { name: 'x', scope: 'read', password: user.password, expiresInDays };
    const res = await user.call('POST', '/api/v1/tokens', body);
    expect(res.status).toBe(400);
    expect(res.json.error.details[0].path).toBe('expiresInDays');
  });
});
