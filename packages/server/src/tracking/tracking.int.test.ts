import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';

const t = await makeTestApp({ clock: () => new Date('2026-03-20T12:00:00Z') });
const checkin = (over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  recordedAt: '2026-03-14T08:30:00+01:00',
  pain: 4,
  ...over,
});

describe('full check-in record', () => {
  it('round-trips a check-in with every field set, exactly', async () => {
    const u = await t.newUser();
    const tracker = (
      await u.call('POST', '/api/v1/trackers', { name: 'Steps', kind: 'number', unit: 'steps', min: 0 })
    ).json.tracker;
    const full = checkin({
      pain: 5,
      painWorst: 7,
      bodyAreas: ['lower_back_left', 'hip_right', 'below_knee_left'],
      painByArea: [
        { area: 'lower_back_left', score: 6 },
        { area: 'hip_right', score: 3 },
      ],
      painQualities: ['burning', 'shooting_down_leg'],
      stiffnessMinutes: 45,
      sleepHours: 5.5,
      sleepQuality: 3,
      nightPain: true,
      nightWakings: 3,
      mood: 4,
      stress: 8,
      hotFlushes: 6,
      nightSweats: true,
      bleeding: 'spotting',
      activityMinutes: 30,
      sittingHours: 7.5,
      waterGlasses: 6,
      foods: ['oily_fish', 'caffeine_after_noon'],
      weightKg: 68.4,
      waistCm: 84.5,
      notes: 'Long drive 🚗, "quoted" — ünïcödé',
      custom: { [tracker.id]: 8421 },
    });
    const created = await u.call('POST', '/api/v1/checkins', full);
    expect(created.status).toBe(201);
    const got = (await u.call('GET', `/api/v1/checkins/${full.id}`)).json.checkin;
    const { localDate, createdAt, updatedAt, ...fields } = got;
    expect(fields).toEqual({
      ...full,
      recordedAt: '2026-03-14T08:30:00.000+01:00',
      version: 1,
      // Derived, never sent: pain below one knee and shooting down the leg offer the safety check.
      screeningPrompt: { reason: 'one_leg_radiating' },
      // Made in Spinekind, not imported from another app.
      source: null,
    });
  });
});

describe('custom trackers', () => {
  it('creates, lists, edits and archives a tracker; archived values stay readable', async () => {
    const u = await t.newUser();
    const res = await u.call('POST', '/api/v1/trackers', { name: 'Wore heels', kind: 'boolean' });
    expect(res.status).toBe(201);
    const id = res.json.tracker.id;
    const c = checkin({ custom: { [id]: true } });
    expect((await u.call('POST', '/api/v1/checkins', c)).status).toBe(201);
    expect((await u.call('PATCH', `/api/v1/trackers/${id}`, { name: 'Heels' })).json.tracker.name).toBe(
      'Heels',
    );
    expect((await u.call('DELETE', `/api/v1/trackers/${id}`)).status).toBe(204);
    const listed = (await u.call('GET', '/api/v1/trackers')).json.items;
    expect(listed).toHaveLength(1);
    expect(listed[0].archivedAt).not.toBeNull();
    expect((await u.call('GET', `/api/v1/checkins/${c.id}`)).json.checkin.custom).toEqual({ [id]: true });
  });

  it('validates check-in values against the tracker definition', async () => {
    const u = await t.newUser();
    const scale = (await u.call('POST', '/api/v1/trackers', { name: 'Energy', kind: 'scale_0_10' })).json
      .tracker;
    const steps = (
      await u.call('POST', '/api/v1/trackers', { name: 'Steps', kind: 'number', min: 0, max: 100000 })
    ).json.tracker;
    const bad = [{ [scale.id]: 11 }, { [scale.id]: true }, { [steps.id]: -5 }, { [randomUUID()]: 1 }];
    for (const custom of bad) {
      const res = await u.call('POST', '/api/v1/checkins', checkin({ custom }));
      expect(res.status).toBe(400);
      expect(res.json.error.details[0].path).toMatch(/^custom\./);
    }
    expect(
      (await u.call('POST', '/api/v1/checkins', checkin({ custom: { [scale.id]: 7, [steps.id]: 5000 } })))
        .status,
    ).toBe(201);
  });

  it("refuses another user's tracker id in a check-in", async () => {
    const a = await t.newUser();
    const b = await t.newUser();
    const mine = (await a.call('POST', '/api/v1/trackers', { name: 'Steps', kind: 'number' })).json.tracker;
    expect((await b.call('POST', '/api/v1/checkins', checkin({ custom: { [mine.id]: 10 } }))).status).toBe(
      400,
    );
    expect((await b.call('PATCH', `/api/v1/trackers/${mine.id}`, { name: 'x' })).status).toBe(404);
  });

  it('rejects changing the kind and a minimum above the maximum', async () => {
    const u = await t.newUser();
    const tr = (await u.call('POST', '/api/v1/trackers', { name: 'Steps', kind: 'number', min: 0, max: 10 }))
      .json.tracker;
    expect((await u.call('PATCH', `/api/v1/trackers/${tr.id}`, { kind: 'boolean' })).status).toBe(400);
    expect((await u.call('PATCH', `/api/v1/trackers/${tr.id}`, { min: 20 })).status).toBe(400);
  });
});

describe('treatments', () => {
  it('creates idempotently, lists by start date, patches and deletes', async () => {
    const u = await t.newUser();
    const later = { id: randomUUID(), kind: 'physio', name: 'Physio with Sam', startDate: '2026-02-01' };
    const earlier = { id: randomUUID(), kind: 'hrt', name: 'HRT', startDate: '2025-11-10' };
    expect((await u.call('POST', '/api/v1/treatments', later)).status).toBe(201);
    expect((await u.call('POST', '/api/v1/treatments', later)).status).toBe(200);
    await u.call('POST', '/api/v1/treatments', earlier);
    const items = (await u.call('GET', '/api/v1/treatments')).json.items;
    expect(items.map((x: { id: string }) => x.id)).toEqual([earlier.id, later.id]);
    const patched = await u.call('PATCH', `/api/v1/treatments/${later.id}`, { endDate: '2026-03-01' });
    expect(patched.json.treatment).toMatchObject({ endDate: '2026-03-01', name: 'Physio with Sam' });
    expect((await u.call('PATCH', `/api/v1/treatments/${later.id}`, { endDate: '2026-01-01' })).status).toBe(
      400,
    );
    expect((await u.call('DELETE', `/api/v1/treatments/${later.id}`)).status).toBe(204);
    expect((await u.call('GET', `/api/v1/treatments/${later.id}`)).status).toBe(404);
  });

  it('rejects an unknown kind and unknown fields', async () => {
    const u = await t.newUser();
    const res = await u.call('POST', '/api/v1/treatments', {
      kind: 'pills',
      name: 'x',
      startDate: '2026-01-01',
      dose: '2x',
    });
    expect(res.status).toBe(400);
    expect(res.json.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['dose', 'kind']);
  });
});

describe('profile', () => {
  it('starts empty, saves every field, and keeps it per user', async () => {
    const u = await t.newUser();
    expect((await u.call('GET', '/api/v1/profile')).json).toEqual({ profile: {}, version: 0 });
    const profile = {
      birthYear: 1980,
      country: 'GB',
      weightUnit: 'kg',
      lengthUnit: 'cm',
      menopausalSelfReport: 'irregular_periods',
      hormonalContraception: false,
      hrt: true,
      hrtStartDate: '2025-11-10',
      hrtRegimen: 'cyclical',
      hrtChangeDate: '2026-02-01',
      uterusRemoved: false,
      ovariesRemoved: false,
      boneHealth: 'osteopenia',
      longTermSteroids: false,
      cancerHistory: false,
      immunosuppressed: false,
      moodQuestionnaires: true,
      hiddenCheckinGroups: ['day'],
      pinnedCheckinGroups: ['sleep', 'measures'],
      welcomeDone: true,
    };
    const res = await u.call('PUT', '/api/v1/profile', profile);
    expect(res.status).toBe(200);
    expect((await u.call('GET', '/api/v1/profile')).json.profile).toEqual(profile);
    const other = await t.newUser();
    expect((await other.call('GET', '/api/v1/profile')).json.profile).toEqual({});
  });

  it('rejects a birth year in the future, a bad country code, an unknown check-in group and unknown fields', async () => {
    const u = await t.newUser();
    for (const body of [
      { birthYear: 2030 },
      { country: 'gbr' },
      { shoeSize: 38 },
      { pinnedCheckinGroups: ['pain', 'knitting'] },
      { welcomeDone: 'yes' },
    ]) {
      expect((await u.call('PUT', '/api/v1/profile', body)).status).toBe(400);
    }
  });

  it('rejects an HRT change in the future or before the start, and an unknown regimen', async () => {
    const u = await t.newUser();
    const future = await u.call('PUT', '/api/v1/profile', { hrt: true, hrtChangeDate: '2026-03-22' });
    expect(future.status).toBe(400);
    expect(future.json.error.details).toEqual([
      { path: 'hrtChangeDate', message: "The last HRT change can't be in the future." },
    ]);
    const before = await u.call('PUT', '/api/v1/profile', {
      hrtStartDate: '2025-11-10',
      hrtChangeDate: '2025-10-01',
    });
    expect(before.json.error.details[0].path).toBe('hrtChangeDate');
    expect((await u.call('PUT', '/api/v1/profile', { hrtRegimen: 'sequential' })).status).toBe(400);
    // Already 21 March east of the date line while the server's clock says 20 March, 12:00 UTC.
    expect((await u.call('PUT', '/api/v1/profile', { hrtChangeDate: '2026-03-21' })).status).toBe(200);
    expect((await u.call('GET', '/api/v1/profile')).json.profile).toEqual({ hrtChangeDate: '2026-03-21' });
  });
});
