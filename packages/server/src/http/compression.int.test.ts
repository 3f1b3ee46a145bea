import { randomUUID } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';

const t = await makeTestApp();
// Every answer with a body is compressed here unless its route is exempt: what stays raw is the rule, not the size.
const everything = await makeTestApp({ limits: { compressFromBytes: 0 } });

async function get(u: TestUser, url: string, acceptEncoding?: string) {
  return t.app.inject({
    method: 'GET',
    url,
    headers: { cookie: u.cookie, ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) },
  });
}

async function post(u: TestUser, url: string, payload?: object) {
  return everything.app.inject({
    method: 'POST',
    url,
    headers: { cookie: u.cookie, 'accept-encoding': 'br, gzip' },
    ...(payload ? { payload } : {}),
  });
}

describe('compressed answers', () => {
  it('sends a JSON answer over 1 KB as brotli when the client accepts it, with Vary', async () => {
    const u = await t.newUser();
    const plain = await get(u, '/api/v1/exercises');
    const res = await get(u, '/api/v1/exercises', 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
    expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(plain.body);
  });

  it('falls back to gzip for a client without brotli', async () => {
    const u = await t.newUser();
    const plain = await get(u, '/api/v1/exercises');
    const res = await get(u, '/api/v1/exercises', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
    expect(gunzipSync(res.rawPayload).toString()).toBe(plain.body);
  });

  it('sends the answer raw to a client that names no encoding', async () => {
    const u = await t.newUser();
    const res = await get(u, '/api/v1/exercises');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json().items.length).toBeGreaterThan(10);
  });

  it('leaves answers under 1 KB uncompressed', async () => {
    const u = await t.newUser();
    const res = await get(u, '/api/v1/me', 'br, gzip');
    expect(res.rawPayload.length).toBeLessThan(1024);
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('still sends the doctor report as a PDF', async () => {
    const u = await t.newUser();
    const res = await get(u, '/api/v1/report.pdf', 'br, gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    // PDF streams are deflated inside the file already; a second pass would only cost CPU.
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('still sends a CSV export, compressed and whole', async () => {
    const u = await t.newUser();
    for (let day = 1; day <= 28; day++) {
      const recordedAt = `2026-02-${String(day).padStart(2, '0')}T08:00:00+01:00`;
      expect(
        (await u.call('POST', '/api/v1/checkins', { id: randomUUID(), recordedAt, pain: 4 })).status,
      ).toBe(201);
    }
    const plain = await get(u, '/api/v1/export?format=csv&type=checkins');
    const res = await get(u, '/api/v1/export?format=csv&type=checkins', 'gzip');
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-encoding']).toBe('gzip');
    const csv = gunzipSync(res.rawPayload).toString();
    expect(csv).toBe(plain.body);
    expect(csv.trim().split('\n')).toHaveLength(29);
  });
});

describe('the exercise catalogue, compressed once per language', () => {
  const ask = (headers: Record<string, string>) =>
    t.app.inject({ method: 'GET', url: '/api/v1/exercises', headers });

  it('sends the same bytes every time, in each encoding, with a strong ETag and both Vary headers', async () => {
    const first = await ask({ 'accept-encoding': 'br' });
    const again = await ask({ 'accept-encoding': 'br' });
    const gz = await ask({ 'accept-encoding': 'gzip' });
    const plain = await ask({});
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(brotliDecompressSync(first.rawPayload).toString()).toBe(plain.body);
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
    expect(plain.headers['content-type']).toBe('application/json; charset=utf-8');
    for (const res of [first, gz, plain]) {
      expect(res.headers.etag).toBe(first.headers.etag);
      expect(String(res.headers.vary)).toMatch(/accept-language/i);
      expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control']).toBe('public, max-age=3600');
    }
  });

  it('answers 304 with no body to a browser that holds the current copy, and 200 to one that does not', async () => {
    const { headers } = await ask({});
    const etag = String(headers.etag);
    const fresh = await ask({ 'if-none-match': `W/"old", ${etag}`, 'accept-encoding': 'br' });
    expect(fresh.statusCode).toBe(304);
    expect(fresh.rawPayload.length).toBe(0);
    expect(fresh.headers.etag).toBe(etag);
    const stale = await ask({ 'if-none-match': '"old"' });
    expect(stale.statusCode).toBe(200);
    expect(stale.json().items.length).toBeGreaterThan(10);
  });

  it('keeps one copy per language: another language has other bytes and another ETag', async () => {
    const en = await ask({ 'accept-language': 'en' });
    const de = await ask({ 'accept-language': 'de' });
    expect(de.headers.etag).not.toBe(en.headers.etag);
    expect(de.json().items.map((e: { id: string }) => e.id)).toEqual(
      en.json().items.map((e: { id: string }) => e.id),
    );
    expect(de.body).not.toBe(en.body);
  });
});

describe('BREACH: answers with a secret beside reflected input are never compressed', () => {
  it('compresses an ordinary small answer when every size is allowed (the control)', async () => {
    const u = await everything.newUser();
    const res = await everything.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: u.cookie, 'accept-encoding': 'br' },
    });
    expect(res.headers['content-encoding']).toBe('br');
  });

  it('sends a new access token raw', async () => {
    const u = await everything.newUser();
    const res = await post(u, '/api/v1/tokens', {
      name: 'Shortcuts on my phone',
      scope: 'read',
      password: u.password,
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json().token.secret).toBeTruthy();
  });

  it('sends a new calendar link raw', async () => {
    const u = await everything.newUser();
    const res = await post(u, '/api/v1/calendar/token');
    expect(res.statusCode).toBe(201);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json().url).toMatch(/\/api\/v1\/calendar\/.+\.ics$/);
  });

  it('sends sign-up and sign-in answers raw', async () => {
    const email = `b-${randomUUID()}@example.test`;
    const password = 'correct horse battery staple';
    const headers = { 'accept-encoding': 'br, gzip' };
    for (const url of ['/api/v1/auth/register', '/api/v1/auth/login']) {
      const res = await everything.app.inject({ method: 'POST', url, headers, payload: { email, password } });
      expect(res.statusCode).toBeLessThan(300);
      expect(res.headers['content-encoding']).toBeUndefined();
    }
  });
});
