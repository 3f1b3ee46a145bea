import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { publicRoutes } from '../../auth/public-routes.js';
import { hardeningApp, readToken, rowPrint, seedRecords, send } from './harness.js';
import { apiRoutes, collectionOf, concrete, notRecordParams } from './route-map.js';

// Every /api/v1 route the app registered: nothing here is a hand list of routes.
const t = await hardeningApp();
const routes = apiRoutes(t.app);
const privateRoutes = routes.filter((r) => !r.public);
const junk = { json: { junk: true, pain: 'not a number' } };

describe('hardening: who may call what (every /api/v1 route)', () => {
  it('reads a route table that holds the API', () => {
    expect(routes.length).toBeGreaterThan(60);
    expect(routes.map((r) => r.key)).toContain('POST /api/v1/checkins');
  });

  it('answers an anonymous call of every private route with 401, before looking at the body', async () => {
    const wrong: string[] = [];
    for (const r of privateRoutes) {
      const res = await send(t, r.method, concrete(r, randomUUID()), undefined, r.write ? junk : undefined);
      if (res.status !== 401 || res.json?.error?.code !== 'unauthenticated')
        wrong.push(`${r.key} → ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('lets anyone call the public routes, and only those', async () => {
    const present = routes.filter((r) => r.public);
    for (const r of present) expect(publicRoutes).toContain(r.key);
    for (const r of present) {
      const res = await send(
        t,
        r.method,
        concrete(r, randomUUID()),
        undefined,
        r.write ? { json: {} } : undefined,
      );
      expect(res.status, r.key).not.toBe(401);
    }
  });

  it("answers 404 to user B on every route with user A's record id, and A's data stays as it was", async () => {
    const a = await t.newUser();
    const b = await t.newUser();
    const ids = await seedRecords(t, a);
    const idRoutes = routes.filter((r) => r.params.length > 0 && !(r.key in notRecordParams));
    const uncovered = idRoutes.filter((r) => !ids.has(collectionOf(r.url))).map((r) => r.key);
    // A `:id` route whose collection can't make a record (no create, or no body it accepts) must be
    // given an example in route-map.ts, or listed as not taking a record id.
    expect(uncovered).toEqual([]);
    const before = await rowPrint(t.database, a.id);
    const wrong: string[] = [];
    for (const r of idRoutes) {
      const id = ids.get(collectionOf(r.url)) as string;
      const res = await send(t, r.method, concrete(r, id), { cookie: b.cookie }, r.write ? junk : undefined);
      if (res.status !== 404) wrong.push(`${r.key} → ${res.status}`);
    }
    expect(wrong).toEqual([]);
    expect(await rowPrint(t.database, a.id)).toBe(before);
    expect(idRoutes.length).toBeGreaterThan(25);
  });

  it('refuses every write with a read-only access token, and nothing changes', async () => {
    const a = await t.newUser();
    const ids = await seedRecords(t, a);
    const token = await readToken(t, a);
    await send(t, 'GET', '/api/v1/me', { bearer: token }); // its first use stamps lastUsedAt
    const before = await rowPrint(t.database, a.id);
    const wrong: string[] = [];
    for (const r of routes.filter((x) => x.write)) {
      const id = ids.get(collectionOf(r.url)) ?? randomUUID();
      const res = await send(t, r.method, concrete(r, id), { bearer: token }, { json: {} });
      if (res.status !== 403 && res.status !== 401) wrong.push(`${r.key} → ${res.status}`);
    }
    expect(wrong).toEqual([]);
    expect(await rowPrint(t.database, a.id)).toBe(before);
  });

  it('marks every API answer no-store, except the public catalogue asked without a session', async () => {
    const a = await t.newUser();
    const ids = await seedRecords(t, a);
    const wrong: string[] = [];
    for (const r of routes.filter((x) => x.method === 'GET')) {
      const id = ids.get(collectionOf(r.url)) ?? randomUUID();
      const res = await send(t, 'GET', concrete(r, id), { cookie: a.cookie });
      if (res.headers['cache-control'] !== 'no-store' && !['GET /api/v1/exercises'].includes(r.key))
        wrong.push(`${r.key} → ${res.status} ${String(res.headers['cache-control'])}`);
    }
    expect(wrong).toEqual([]);
  });
});
