import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';
import { ABSOLUTE_MS, IDLE_MS } from './sign-in-sessions.js';

let now = new Date('2026-03-01T09:00:00Z');
const t = await makeTestApp({ clock: () => now });
const advance = (ms: number) => {
  now = new Date(now.getTime() + ms);
};

describe('session expiry', () => {
  it('ends a session left unused for longer than the idle limit', async () => {
    const u = await t.newUser();
    advance(IDLE_MS - 60_000);
    expect((await u.call('GET', '/api/v1/me')).status).toBe(200);
    advance(IDLE_MS + 60_000);
    expect((await u.call('GET', '/api/v1/me')).status).toBe(401);
  });

  it('keeps an active session alive, but never past the absolute limit', async () => {
    const u = await t.newUser();
    const started = now.getTime();
    while (now.getTime() + IDLE_MS / 2 < started + ABSOLUTE_MS) {
      advance(IDLE_MS / 2);
      expect((await u.call('GET', '/api/v1/me')).status).toBe(200);
    }
    advance(IDLE_MS / 2);
    expect((await u.call('GET', '/api/v1/me')).status).toBe(401);
  });

  it('does not accept a made-up session token', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `spinekind_session=${'A'.repeat(43)}` },
    });
    expect(res.statusCode).toBe(401);
  });
});
