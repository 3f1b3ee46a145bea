import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';

const t = await makeTestApp();

const post = (u: TestUser | undefined, url: string, payload: string | Buffer, type = 'application/json') =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': type, ...(u ? { cookie: u.cookie } : {}) },
    payload,
  });
const checkins = async (u: TestUser) =>
  (await u.call('GET', '/api/v1/checkins?from=2000-01-01&to=2030-12-31')).json.items;
const checkin = (extra: object) =>
  JSON.stringify({ recordedAt: '2026-03-14T08:30:00+01:00', pain: 3, ...extra });

describe('bad input never gets a 5xx', () => {
  it('refuses a NUL character in any text with 400 invalid_text and stores nothing', async () => {
    const u = await t.newUser();
    const res = await post(u, '/api/v1/checkins', checkin({ notes: 'before\u0000after' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid_text', details: [{ path: 'notes' }] });
    expect(await checkins(u)).toEqual([]);
  });

  it('refuses a lone surrogate, in a value or a key, with 400 invalid_text', async () => {
    const u = await t.newUser();
    const lone = await post(
      u,
      '/api/v1/checkins',
      '{"recordedAt":"2026-03-14T08:30:00+01:00","pain":3,"notes":"\\ud83d"}',
    );
    expect(lone.json().error.code).toBe('invalid_text');
    const profile = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/profile',
      headers: { cookie: u.cookie, 'content-type': 'application/json' },
      payload: '{"doctorQuestions":"x\\udfffy"}',
    });
    expect(profile.statusCode).toBe(400);
    expect(profile.json().error.code).toBe('invalid_text');
    const key = await post(u, '/api/v1/checkins', '{"\\ud800":1}');
    expect(key.json().error.code).toBe('invalid_text');
    // A real pair (an emoji) is text like any other.
    expect((await post(u, '/api/v1/checkins', checkin({ notes: 'ok 🧘‍♀️' }))).statusCode).toBe(201);
  });

  it('refuses NUL in a query string or a path', async () => {
    const u = await t.newUser();
    const query = await t.app.inject({
      method: 'GET',
      url: '/api/v1/checkins?from=%00',
      headers: { cookie: u.cookie },
    });
    expect(query.statusCode).toBe(400);
    expect(query.json().error).toMatchObject({
      code: 'invalid_text',
      details: [{ path: 'querystring.from' }],
    });
    const path = await t.app.inject({
      method: 'GET',
      url: '/api/v1/checkins/%00',
      headers: { cookie: u.cookie },
    });
    expect(path.json().error.code).toBe('invalid_text');
  });

  it('refuses a body that is not valid UTF-8 with 400 invalid_utf8 instead of storing U+FFFD', async () => {
    const u = await t.newUser();
    const bytes = Buffer.concat([
      Buffer.from(checkin({ notes: 'AB' }).replace('AB"', '')),
      Buffer.from([0xff, 0xfe, 0x22, 0x7d]),
    ]);
    const res = await post(u, '/api/v1/checkins', bytes);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_utf8');
    expect(await checkins(u)).toEqual([]);
  });

  it('refuses prototype-pollution keys and very deep nesting with a 400', async () => {
    const u = await t.newUser();
    for (const payload of [
      '{"__proto__":{"admin":true},"pain":3}',
      '{"constructor":{"prototype":{"admin":true}}}',
      `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
      `{"custom":${'{"a":'.repeat(100)}1${'}'.repeat(100)}}`,
    ]) {
      const res = await post(u, '/api/v1/checkins', payload);
      expect(res.statusCode, payload.slice(0, 40)).toBe(400);
      expect(res.body).not.toMatch(/\n\s+at /);
    }
    expect(await checkins(u)).toEqual([]);
  });

  it('refuses impossible dates and out-of-range numbers as validation errors', async () => {
    const u = await t.newUser();
    for (const body of [
      { startDate: '0000-01-01' },
      { startDate: '2026-03-01', endDate: '9999-12-31' },
      { startDate: '2026-02-30' },
      // A malformed start with an end made the end-date rule do date maths on it: a RangeError, 500.
      { startDate: 'NaN', endDate: '2026-03-05' },
      { startDate: '2026-03-01', endDate: 'Infinity' },
    ]) {
      const res = await u.call('POST', '/api/v1/periods', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const huge = await post(u, '/api/v1/checkins', '{"recordedAt":"2026-03-14T08:30:00+01:00","pain":1e400}');
    expect(huge.statusCode).toBe(400);
    const year0 = await post(u, '/api/v1/checkins', checkin({ recordedAt: '0000-01-01T00:00:00Z' }));
    expect(year0.statusCode).toBe(400);
    expect((await u.call('GET', '/api/v1/periods')).json.items).toEqual([]);
  });

  it('answers uploads without a file, or with a missing or broken boundary, with a 400', async () => {
    const u = await t.newUser();
    const url = '/api/v1/import/apple-health';
    const noBoundary = await post(u, url, '--x\r\n\r\n', 'multipart/form-data');
    expect(noBoundary.statusCode).toBe(400);
    const noFile = await post(
      u,
      url,
      '--b\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--b--\r\n',
      'multipart/form-data; boundary=b',
    );
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.code).toBe('no_file');
    const empty = await post(u, url, '--b--\r\n', 'multipart/form-data; boundary=b');
    expect(empty.json().error.code).toBe('no_file');
    const cut = await post(
      u,
      url,
      '--b\r\nContent-Disposition: form-data; name="file"; filename="export.xml"\r\n\r\n<HealthData>',
      'multipart/form-data; boundary=b',
    );
    expect(cut.statusCode).toBe(400);
    expect((await u.call('GET', '/api/v1/daily-metrics?from=2000-01-01&to=2030-12-31')).json.items).toEqual(
      [],
    );
  });

  it('answers an anonymous write with 401 before reading or validating its body', async () => {
    for (const [type, payload] of [
      ['application/json', '{"pain": "loud"}'],
      ['text/plain', 'hello'],
      ['application/json', '{"notes":"\\u0000"}'],
    ] as const) {
      const res = await post(undefined, '/api/v1/checkins', payload, type);
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toEqual({ code: 'unauthenticated', message: 'Please sign in.' });
    }
  });

  it("answers 404 to another user's record id before validating the patch", async () => {
    const a = await t.newUser();
    const b = await t.newUser();
    const id = randomUUID();
    await a.call('POST', '/api/v1/checkins', { id, recordedAt: '2026-03-14T08:30:00+01:00', pain: 3 });
    const res = await b.call('PATCH', `/api/v1/checkins/${id}`, { pain: 'not a number' });
    expect(res.status).toBe(404);
  });
});

describe('headers', () => {
  it('sends Permissions-Policy and Referrer-Policy: no-referrer on pages and API answers', async () => {
    for (const url of ['/health', '/api/v1/exercises', '/api/v1/nothing', '/']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      const policy = String(res.headers['permissions-policy']);
      for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()'])
        expect(policy, url).toContain(feature);
    }
  });

  it('marks answers with her data no-store and keeps the public catalogue cacheable', async () => {
    const u = await t.newUser();
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/checkins', headers: { cookie: u.cookie } });
    expect(me.headers['cache-control']).toBe('no-store');
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/routines' });
    expect(anonymous.headers['cache-control']).toBe('public, max-age=3600');
    const signedIn = await t.app.inject({
      method: 'GET',
      url: '/api/v1/routines',
      headers: { cookie: u.cookie },
    });
    expect(signedIn.headers['cache-control']).toBe('no-store');
    const catalogue = await t.app.inject({ method: 'GET', url: '/api/v1/exercises' });
    expect(catalogue.headers['cache-control']).toBe('public, max-age=3600');
  });
});
