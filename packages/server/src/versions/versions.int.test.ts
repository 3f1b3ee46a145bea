import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';

const t = await makeTestApp({ clock: () => new Date('2026-03-20T12:00:00Z') });

/** A request with `If-Match`, through her session. */
async function send(u: TestUser, method: 'PATCH' | 'DELETE', url: string, ifMatch?: string, body?: object) {
  const res = await t.app.inject({
    method,
    url,
    headers: { cookie: u.cookie, ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) },
    ...(body ? { payload: body } : {}),
  });
  return { status: res.statusCode, json: res.body ? res.json() : undefined };
}

async function newCheckin(u: TestUser) {
  const id = randomUUID();
  const made = await u.call('POST', '/api/v1/checkins', {
    id,
    recordedAt: '2026-03-14T08:30:00+01:00',
    pain: 4,
  });
  expect(made.status).toBe(201);
  return { id, url: `/api/v1/checkins/${id}`, created: made.json.checkin };
}

describe('versioned check-ins', () => {
  it('starts at version 1 and counts each update; a fresh If-Match is applied', async () => {
    const u = await t.newUser();
    const { url, created } = await newCheckin(u);
    expect(created.version).toBe(1);
    const first = await send(u, 'PATCH', url, '"1"', { pain: 2, notes: 'took ibuprofen 10:00' });
    expect(first.status).toBe(200);
    expect(first.json.checkin).toMatchObject({ pain: 2, notes: 'took ibuprofen 10:00', version: 2 });
    const second = await send(u, 'PATCH', url, '"2"', { pain: 3 });
    expect(second.json.checkin).toMatchObject({ pain: 3, version: 3 });
    expect((await u.call('GET', url)).json.checkin.version).toBe(3);
  });

  it('a stale PATCH is refused with 409 conflict and the current record, and changes nothing', async () => {
    const u = await t.newUser();
    const { url } = await newCheckin(u);
    await send(u, 'PATCH', url, '"1"', { pain: 2, notes: 'took ibuprofen 10:00' });
    const stale = await send(u, 'PATCH', url, '"1"', { pain: 8 });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe('conflict');
    expect(stale.json.error.current).toMatchObject({ pain: 2, notes: 'took ibuprofen 10:00', version: 2 });
    expect((await u.call('GET', url)).json.checkin).toMatchObject({ pain: 2, version: 2 });
  });

  it('a PATCH sent again after its answer was lost is no conflict: 200, the record as it is, no change counted', async () => {
    const u = await t.newUser();
    const { url } = await newCheckin(u);
    const change = { pain: 2, notes: 'walked to the shop' };
    expect((await send(u, 'PATCH', url, '"1"', change)).status).toBe(200);
    const again = await send(u, 'PATCH', url, '"1"', change);
    expect(again.status).toBe(200);
    expect(again.json.checkin).toMatchObject({ ...change, version: 2 });
    // One field differing is still her older change meeting a newer one.
    expect((await send(u, 'PATCH', url, '"1"', { ...change, pain: 3 })).status).toBe(409);
    expect((await u.call('GET', url)).json.checkin).toMatchObject({ pain: 2, version: 2 });
  });

  it('a stale DELETE is refused with 409 and the record stays; a fresh one deletes', async () => {
    const u = await t.newUser();
    const { url } = await newCheckin(u);
    await send(u, 'PATCH', url, '"1"', { pain: 5 });
    const stale = await send(u, 'DELETE', url, '"1"');
    expect(stale.status).toBe(409);
    expect(stale.json.error.current).toMatchObject({ pain: 5, version: 2 });
    expect((await u.call('GET', url)).status).toBe(200);
    expect((await send(u, 'DELETE', url, 'W/"2"')).status).toBe(204);
    expect((await u.call('GET', url)).status).toBe(404);
  });

  it('without If-Match (a client from before versions) the write applies, last writer wins', async () => {
    const u = await t.newUser();
    const { url } = await newCheckin(u);
    await send(u, 'PATCH', url, '"1"', { pain: 5 });
    const old = await send(u, 'PATCH', url, undefined, { pain: 7 });
    expect(old.status).toBe(200);
    expect(old.json.checkin).toMatchObject({ pain: 7, version: 3 });
    expect((await send(u, 'DELETE', url)).status).toBe(204);
  });

  it('If-Match that is not a version is a 400; someone else’s record stays a 404 first', async () => {
    const u = await t.newUser();
    const { url } = await newCheckin(u);
    const bad = await send(u, 'PATCH', url, 'yesterday', { pain: 3 });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('validation_failed');
    const other = await t.newUser();
    expect((await send(other, 'PATCH', url, '"1"', { pain: 3 })).status).toBe(404);
    expect((await send(other, 'DELETE', url, '"1"')).status).toBe(404);
    expect((await u.call('GET', url)).json.checkin).toMatchObject({ pain: 4, version: 1 });
  });
});

describe('versioned generic resources', () => {
  it('treatments and periods carry versions; stale writes answer 409 with the current record', async () => {
    const u = await t.newUser();
    const treatment = (
      await u.call('POST', '/api/v1/treatments', { name: 'Physio', kind: 'physio', startDate: '2026-03-01' })
    ).json.treatment;
    expect(treatment.version).toBe(1);
    const url = `/api/v1/treatments/${treatment.id}`;
    expect((await send(u, 'PATCH', url, '"1"', { name: 'Physio, weekly' })).json.treatment.version).toBe(2);
    const stale = await send(u, 'PATCH', url, '"1"', { name: 'Physio, monthly' });
    expect(stale.status).toBe(409);
    expect(stale.json.error.current).toMatchObject({ name: 'Physio, weekly', version: 2 });

    const period = (await u.call('POST', '/api/v1/periods', { startDate: '2026-03-02' })).json.period;
    const purl = `/api/v1/periods/${period.id}`;
    expect((await send(u, 'PATCH', purl, '"1"', { endDate: '2026-03-06' })).status).toBe(200);
    expect((await send(u, 'DELETE', purl, '"1"')).status).toBe(409);
    expect((await send(u, 'DELETE', purl, '"2"')).status).toBe(204);
  });

  it('a restore keeps no version from the file: new records start at 1, changed ones count one more', async () => {
    const u = await t.newUser();
    const { id, url } = await newCheckin(u);
    await send(u, 'PATCH', url, '"1"', { pain: 6 });
    const backup = (await u.call('GET', '/api/v1/export?format=json')).json;
    expect(backup.checkins[0].version).toBe(2);
    // The same backup again changes nothing, so no device is told of a change.
    expect((await u.call('POST', '/api/v1/import', backup)).status).toBe(200);
    expect((await u.call('GET', url)).json.checkin.version).toBe(2);

    const fresh = randomUUID();
    backup.checkins.push({ ...backup.checkins[0], id: fresh, version: 40 });
    backup.checkins[0] = { ...backup.checkins[0], pain: 5, version: 40 };
    expect((await u.call('POST', '/api/v1/import', backup)).status).toBe(200);
    expect((await u.call('GET', url)).json.checkin).toMatchObject({ id, pain: 5, version: 3 });
    expect((await u.call('GET', `/api/v1/checkins/${fresh}`)).json.checkin.version).toBe(1);
  });
});
