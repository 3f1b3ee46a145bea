import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';
import { checkins } from './table.js';

// Pain per area and how it feels (issue #19, point 5): stored, answered with the screening prompt core
// derives, carried by the CSV export and the JSON backup; check-ins from before still read.
const t = await makeTestApp({ clock: () => new Date('2026-03-20T12:00:00Z') });

const described = {
  recordedAt: '2026-03-14T08:30:00+01:00',
  pain: 6,
  bodyAreas: ['lower_back_centre', 'hip_left'],
  painByArea: [
    { area: 'lower_back_centre', score: 6 },
    { area: 'hip_left', score: 3 },
  ],
  painQualities: ['burning', 'shooting_down_leg'],
};

async function csvRows(u: TestUser) {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/v1/export?format=csv&type=checkins',
    headers: { cookie: u.cookie },
  });
  expect(res.statusCode).toBe(200);
  const [header = [], ...rows] = parse(res.body, { bom: true }) as string[][];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

describe('pain per area and how it feels', () => {
  it('keeps scores per area and kinds of pain, and answers the screening prompt they raise', async () => {
    const u = await t.newUser();
    const id = randomUUID();
    const created = await u.call('POST', '/api/v1/checkins', { id, ...described });
    expect(created.status).toBe(201);
    expect(created.json.checkin).toMatchObject({
      painByArea: described.painByArea,
      painQualities: described.painQualities,
      screeningPrompt: { reason: 'one_leg_radiating' },
    });
    const got = await u.call('GET', `/api/v1/checkins/${id}`);
    expect(got.json.checkin).toEqual(created.json.checkin);
  });

  it('answers no prompt for aching low back pain, and a new one when a patch adds numbness in the groin', async () => {
    const u = await t.newUser();
    const id = randomUUID();
    const plain = await u.call('POST', '/api/v1/checkins', {
      id,
      recordedAt: '2026-03-14T08:30:00Z',
      pain: 3,
      painByArea: [{ area: 'pelvis_groin', score: 3 }],
      painQualities: ['aching'],
    });
    expect(plain.json.checkin.screeningPrompt).toBeNull();
    const patched = await u.call('PATCH', `/api/v1/checkins/${id}`, {
      painQualities: ['aching', 'numbness'],
    });
    expect(patched.status).toBe(200);
    expect(patched.json.checkin.screeningPrompt).toEqual({ reason: 'saddle_numbness' });
  });

  it('refuses the prompt as input: it is derived, never sent', async () => {
    const u = await t.newUser();
    const res = await u.call('POST', '/api/v1/checkins', { ...described, screeningPrompt: null });
    expect(res.status).toBe(400);
  });

  it('refuses two scores for one area', async () => {
    const u = await t.newUser();
    const twice = [
      { area: 'neck', score: 2 },
      { area: 'neck', score: 5 },
    ];
    const res = await u.call('POST', '/api/v1/checkins', { ...described, painByArea: twice });
    expect(res.status).toBe(400);
    expect(res.json.error.details[0].path).toBe('painByArea');
  });

  it('still reads a check-in stored before the new columns, with both as null', async () => {
    const u = await t.newUser();
    const id = randomUUID();
    // A row as the previous release wrote it: the new columns were never set.
    await t.database.db.insert(checkins).values({
      userId: u.id,
      id,
      recordedAt: new Date('2026-03-10T08:00:00Z'),
      utcOffsetMinutes: 0,
      localDate: '2026-03-10',
      pain: 4,
      bodyAreas: ['below_knee_left'],
    });
    const got = await u.call('GET', `/api/v1/checkins/${id}`);
    expect(got.status).toBe(200);
    expect(got.json.checkin).toMatchObject({
      pain: 4,
      painByArea: null,
      painQualities: null,
      screeningPrompt: { reason: 'one_leg_radiating' },
    });
  });

  it('carries both in the CSV export and through a JSON backup restored into another account', async () => {
    const a = await t.newUser();
    const id = randomUUID();
    await a.call('POST', '/api/v1/checkins', { id, ...described });
    const [row] = await csvRows(a);
    expect(row).toMatchObject({
      painByArea: 'lower_back_centre=6;hip_left=3',
      painQualities: 'burning;shooting_down_leg',
    });
    const backup = (await a.call('GET', '/api/v1/export?format=json')).json;
    const b = await t.newUser();
    expect((await b.call('POST', '/api/v1/import', backup)).status).toBe(200);
    const restored = (await b.call('GET', `/api/v1/checkins/${id}`)).json.checkin;
    expect(restored).toMatchObject({
      painByArea: described.painByArea,
      painQualities: described.painQualities,
      screeningPrompt: { reason: 'one_leg_radiating' },
    });
  });
});
