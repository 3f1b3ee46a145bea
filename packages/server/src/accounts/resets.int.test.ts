import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { createMailer } from '../mail/mailer.js';
import { cookieFrom, makeTestApp, type TestUser } from '../test/app.js';
import { createResetToken, RESET_LINK_MS } from './resets.js';

let now = new Date('2026-04-01T10:00:00Z');
// A real nodemailer transport that writes each message as JSON instead of sending it.
const transport = nodemailer.createTransport({ jsonTransport: true });
const sent: { to: string; text: string }[] = [];
transport.use('compile', (mail, done) => {
  sent.push({ to: String(mail.data.to), text: String(mail.data.text) });
  done();
});
const mailer = createMailer(transport, 'Spinekind <no-reply@spine.example.org>');
const t = await makeTestApp({
  clock: () => now,
  config: { publicUrl: 'https://spine.example.org', logLevel: 'silent' },
  mailer,
});
const NEW_PASSWORD = 'a brand new long passphrase';

const post = async (url: string, payload: object, cookie?: string) => {
  const res = await t.app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });
  return { status: res.statusCode, body: res.body, json: res.body ? res.json() : undefined };
};
const signIn = (u: TestUser, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: u.email, password } });
const meStatus = async (headers: Record<string, string>) =>
  (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode;

describe('POST /auth/reset', () => {
  it('sets the new password and ends all her sessions and access tokens', async () => {
    const u = await t.newUser();
    const phone = cookieFrom(await signIn(u, u.password));
    const secret = (
      await u.call('POST', '/api/v1/tokens', { name: 'sync', scope: 'read', password: u.password })
    ).json.token.secret;
    const token = (await createResetToken(t.database.db, u.id, now)) as string;
    expect((await post('/api/v1/auth/reset', { token, newPassword: NEW_PASSWORD })).status).toBe(204);
    expect(await meStatus({ cookie: u.cookie })).toBe(401);
    expect(await meStatus({ cookie: phone })).toBe(401);
    expect(await meStatus({ authorization: `Bearer ${secret}` })).toBe(401);
    expect((await signIn(u, NEW_PASSWORD)).statusCode).toBe(200);
    expect((await signIn(u, u.password)).statusCode).toBe(401);
  });

  it('works once: the same link again is reset_invalid', async () => {
    const u = await t.newUser();
    const token = (await createResetToken(t.database.db, u.id, now)) as string;
    expect((await post('/api/v1/auth/reset', { token, newPassword: NEW_PASSWORD })).status).toBe(204);
    const again = await post('/api/v1/auth/reset', { token, newPassword: 'yet another long passphrase' });
    expect(again.status).toBe(400);
    expect(again.json.error.code).toBe('reset_invalid');
    expect((await signIn(u, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a link older than an hour, and an unknown one', async () => {
    const u = await t.newUser();
    const token = (await createResetToken(t.database.db, u.id, now)) as string;
    now = new Date(now.getTime() + RESET_LINK_MS + 1000);
    for (const tried of [token, 'B'.repeat(43)]) {
      const res = await post('/api/v1/auth/reset', { token: tried, newPassword: NEW_PASSWORD });
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe('reset_invalid');
    }
    expect((await signIn(u, u.password)).statusCode).toBe(200);
  });

  it('holds a new password to the same rules as sign-up (details on newPassword)', async () => {
    const u = await t.newUser();
    const token = (await createResetToken(t.database.db, u.id, now)) as string;
    for (const newPassword of ['short', 'password1234', `my ${u.email} password`]) {
      const res = await post('/api/v1/auth/reset', { token, newPassword });
      expect(res.status, newPassword).toBe(400);
      expect(res.json.error.details.map((d: { path: string }) => d.path)).toEqual(['newPassword']);
    }
    expect((await post('/api/v1/auth/reset', { token, newPassword: NEW_PASSWORD })).status).toBe(204);
  });

  it('ends her other open links when one is used', async () => {
    const u = await t.newUser();
    const one = (await createResetToken(t.database.db, u.id, now)) as string;
    const two = (await createResetToken(t.database.db, u.id, now)) as string;
    expect((await post('/api/v1/auth/reset', { token: one, newPassword: NEW_PASSWORD })).status).toBe(204);
    expect((await post('/api/v1/auth/reset', { token: two, newPassword: NEW_PASSWORD })).status).toBe(400);
  });
});

describe('POST /auth/forgot', () => {
  it('says it is available in GET /auth/signup', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/signup' });
    expect(res.json().resetByEmail).toBe(true);
  });

  it('mails exactly one working link for a known email, none for an unknown one, and answers both the same', async () => {
    const u = await t.newUser();
    sent.length = 0;
    const known = await post('/api/v1/auth/forgot', { email: u.email.toUpperCase() });
    const unknown = await post('/api/v1/auth/forgot', { email: `nobody-${randomUUID()}@example.test` });
    await mailer.idle();
    expect([known.status, known.body]).toEqual([202, '']);
    expect([unknown.status, unknown.body]).toEqual([202, '']);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.to).toBe(u.email);
    const link = /https:\/\/spine\.example\.org\/reset\/([A-Za-z0-9_-]{43})/.exec(sent[0]?.text ?? '');
    expect(link).not.toBeNull();
    const token = link?.[1] as string;
    expect((await post('/api/v1/auth/reset', { token, newPassword: NEW_PASSWORD })).status).toBe(204);
    expect((await signIn(u, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('sends at most three open links per account, however often it is asked', async () => {
    const u = await t.newUser();
    sent.length = 0;
    for (let i = 0; i < 5; i++)
      expect((await post('/api/v1/auth/forgot', { email: u.email })).status).toBe(202);
    await mailer.idle();
    expect(sent).toHaveLength(3);
  });
});

describe('without SMTP_URL', async () => {
  const bare = await makeTestApp({
    config: { publicUrl: undefined, logLevel: 'silent' },
    limits: { perIpPerMinute: 3 },
  });
  it('answers 202 and sends nothing; GET /auth/signup says mail is off', async () => {
    const u = await bare.newUser();
    const res = await bare.app.inject({
      method: 'POST',
      url: '/api/v1/auth/forgot',
      payload: { email: u.email },
    });
    expect(res.statusCode).toBe(202);
    const info = await bare.app.inject({ method: 'GET', url: '/api/v1/auth/signup' });
    expect(info.json().resetByEmail).toBe(false);
  });

  it('limits forgot and reset per client address, as sign-in is (429)', async () => {
    for (const [url, payload] of [
      ['/api/v1/auth/forgot', { email: 'someone@example.test' }],
      ['/api/v1/auth/reset', { token: 'C'.repeat(43), newPassword: NEW_PASSWORD }],
    ] as const) {
      const statuses = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await bare.app.inject({ method: 'POST', url, payload })).statusCode);
      // At most 3 a minute from one address (an earlier test here used one forgot already).
      expect(statuses.at(-1), url).toBe(429);
      expect(statuses[0], url).not.toBe(429);
    }
  });
});
