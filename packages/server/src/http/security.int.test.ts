import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';

const t = await makeTestApp();
t.app.get('/api/v1/test-explode', async () => {
  throw new Error('secret internal detail at /srv/app.js:42');
});
const checkin = () => ({ id: randomUUID(), recordedAt: '2026-03-14T08:30:00+01:00', pain: 3 });

describe('web hardening', () => {
  it('refuses a state-changing request whose Origin is another site, with 403', async () => {
    const u = await t.newUser();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/checkins',
      headers: { cookie: u.cookie, origin: 'https://evil.example', host: 'localhost:8080' },
      payload: checkin(),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });

  it('accepts the same request from its own origin', async () => {
    const u = await t.newUser();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/checkins',
      headers: { cookie: u.cookie, origin: 'http://localhost:8080', host: 'localhost:8080' },
      payload: checkin(),
    });
    expect(res.statusCode).toBe(201);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const u = await t.newUser();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/checkins',
      headers: { cookie: u.cookie, 'content-type': 'text/plain' },
      payload: JSON.stringify(checkin()),
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
  });

  it('answers malformed JSON with 400 in the standard shape', async () => {
    const u = await t.newUser();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/checkins',
      headers: { cookie: u.cookie, 'content-type': 'application/json' },
      payload: '{"pain": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
  });

  it('refuses a body over the size limit with 413', async () => {
    const u = await t.newUser();
    const res = await u.call('POST', '/api/v1/checkins', { ...checkin(), notes: 'x'.repeat(300_000) });
    expect(res.status).toBe(413);
    expect(res.json.error.code).toBe('payload_too_large');
  });

  it('answers an unexpected failure with a plain 500 and no stack or internal detail', async () => {
    const u = await t.newUser();
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/test-explode',
      headers: { cookie: u.cookie },
    });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' },
    });
    expect(res.body).not.toMatch(/secret|srv|stack/);
  });

  it('sends a strict Content-Security-Policy without inline script', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });

  it('publishes the OpenAPI description at /api/docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.json().openapi).toMatch(/^3\./);
    expect(Object.keys(res.json().paths)).toContain('/api/v1/checkins');
  });
});
