import { defaultBreakSettings, defaultReminderSettings } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';

const t = await makeTestApp({ clock: () => new Date('2026-03-20T12:00:00Z') });

/** The documents a PUT sends under a key of its own (`{settings}`), rather than as the body itself. */
const wrapped: Record<string, string> = { '/api/v1/reminders': 'settings' };

/** A PUT through her session, with `If-Match` when given. */
async function put(u: TestUser, url: string, document: object, ifMatch?: string) {
  const key = wrapped[url];
  const res = await t.app.inject({
    method: 'PUT',
    url,
    headers: { cookie: u.cookie, ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) },
    payload: key ? { [key]: document } : document,
  });
  return { status: res.statusCode, json: res.json() };
}

/** Her one profile, weekly plan, break and reminder settings: each a document she saves whole from any device. */
const documents = [
  {
    url: '/api/v1/profile',
    key: 'profile',
    first: { birthYear: 1969 },
    second: { birthYear: 1970, weightUnit: 'lb' },
  },
  {
    url: '/api/v1/plan',
    key: 'plan',
    first: { timeZone: 'Europe/London', entries: [], walking: null },
    second: {
      timeZone: 'Europe/London',
      entries: [],
      walking: { startDate: '2026-03-02', days: [2, 6], time: '12:00' },
    },
  },
  {
    url: '/api/v1/breaks/settings',
    key: 'settings',
    first: defaultBreakSettings('Europe/London'),
    second: { ...defaultBreakSettings('Europe/London'), start: '08:00' },
  },
  {
    url: '/api/v1/reminders',
    key: 'settings',
    first: defaultReminderSettings('Europe/London'),
    second: { ...defaultReminderSettings('Europe/London'), quietHours: null },
  },
] as const;

describe.each(documents)('versioned $url', ({ url, key, first, second }) => {
  it('answers version 0 until saved, then 1, 2 … on every save; a fresh If-Match is applied', async () => {
    const u = await t.newUser();
    expect((await u.call('GET', url)).json.version).toBe(0);
    const saved = await put(u, url, first, '"0"');
    expect(saved.status).toBe(200);
    expect(saved.json.version).toBe(1);
    const again = await put(u, url, second, '"1"');
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ [key]: second, version: 2 });
    expect((await u.call('GET', url)).json).toMatchObject({ [key]: second, version: 2 });
  });

  it('a stale If-Match is refused with 409 conflict and the document as it is now, and changes nothing', async () => {
    const u = await t.newUser();
    await put(u, url, first, '"0"');
    await put(u, url, second, '"1"');
    const stale = await put(u, url, first, '"1"');
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe('conflict');
    expect(stale.json.error.current).toMatchObject({ [key]: second, version: 2 });
    expect((await u.call('GET', url)).json).toMatchObject({ [key]: second, version: 2 });
  });

  it('without If-Match (clients from before versions) the save applies, last writer wins', async () => {
    const u = await t.newUser();
    await put(u, url, second, '"0"');
    const old = await put(u, url, first);
    expect(old.status).toBe(200);
    expect((await u.call('GET', url)).json).toMatchObject({ [key]: first, version: 2 });
  });

  it('a malformed If-Match is a 400 and changes nothing', async () => {
    const u = await t.newUser();
    await put(u, url, first, '"0"');
    const bad = await put(u, url, second, 'yesterday');
    expect(bad.status).toBe(400);
    expect((await u.call('GET', url)).json.version).toBe(1);
  });
});

describe('break settings version', () => {
  it('counts her saves of the settings, not her snoozes and skips', async () => {
    const u = await t.newUser();
    await put(
      u,
      '/api/v1/breaks/settings',
      { ...defaultBreakSettings('Europe/London'), enabled: true },
      '"0"',
    );
    const pause = await u.call('POST', '/api/v1/breaks/actions', { type: 'pause' });
    expect(pause.status).toBe(200);
    expect((await u.call('GET', '/api/v1/breaks/settings')).json.version).toBe(1);
  });
});
