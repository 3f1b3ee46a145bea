import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';

const t = await makeTestApp({ clock: () => new Date('2026-03-20T12:00:00Z') });

const profile = {
  birthYear: 1979,
  country: 'GB',
  hrt: true,
  hrtStartDate: '2025-06-01',
  hrtRegimen: 'continuous',
  hrtChangeDate: '2026-01-15',
};

async function fillAccount(u: TestUser) {
  await u.call('PUT', '/api/v1/profile', profile);
  const answered = await u.call('POST', '/api/v1/bleeding-answers', {
    runStart: '2026-03-01',
    answer: 'booked',
    answeredAt: '2026-03-02T09:00:00-05:00',
  });
  expect(answered.status).toBe(201);
  const steps = (await u.call('POST', '/api/v1/trackers', { name: 'Steps', kind: 'number', min: 0 })).json
    .tracker;
  const heels = (await u.call('POST', '/api/v1/trackers', { name: 'Heels', kind: 'boolean' })).json.tracker;
  await u.call('DELETE', `/api/v1/trackers/${heels.id}`);
  await u.call('POST', '/api/v1/treatments', {
    kind: 'massage',
    name: 'Massage',
    startDate: '2026-01-05',
    notes: 'Fortnightly',
  });
  await u.call('POST', '/api/v1/screenings', {
    id: randomUUID(),
    recordedAt: '2026-03-05T08:00:00-05:00',
    input: { age: 47, answers: { saddle_numbness: true } },
    acknowledgedAt: '2026-03-05T08:01:00-05:00',
  });
  await u.call('POST', '/api/v1/instruments/peg/responses', {
    answers: [6, 5, 4],
    completedAt: '2026-03-04T21:00:00-05:00',
  });
  await u.call('PUT', '/api/v1/breaks/settings', {
    enabled: true,
    timeZone: 'America/New_York',
    workDays: [1, 2, 3, 4],
    start: '08:30',
    end: '16:30',
    mode: 'hourly',
    standingDesk: true,
  });
  await u.call('POST', '/api/v1/breaks/log', {
    at: '2026-03-04T14:25:00Z',
    action: 'taken',
    routineId: 'desk-1',
  });
  await u.call('POST', '/api/v1/periods', { startDate: '2026-02-20', endDate: '2026-02-24', flow: 'light' });
  await fillExercise(u);
  for (let d = 1; d <= 5; d++) {
    await u.call('POST', '/api/v1/checkins', {
      id: randomUUID(),
      recordedAt: `2026-03-0${d}T07:45:00-05:00`,
      pain: d,
      bodyAreas: ['lower_back_centre'],
      sleepHours: 6 + d / 2,
      notes: d === 3 ? 'Ünïcode ✓ "quotes"' : null,
      custom: { [steps.id]: 1000 * d, [heels.id]: d % 2 === 0 },
    });
  }
  for (const id of ['walking', 'bone-health'])
    expect((await u.call('PUT', `/api/v1/lessons/${id}/read`, { read: true })).status).toBe(200);
}

/** A custom exercise (archived), a routine built on it, sessions of it and of the catalogue, and a plan naming it. */
async function fillExercise(u: TestUser) {
  const ex = (
    await u.call('POST', '/api/v1/custom-exercises', {
      name: 'Physio leg lift',
      steps: ['Lie on your side.', 'Lift the top leg.'],
      dose: { kind: 'reps', reps: 10, sets: 2, secondsPerRep: 3, perSide: true },
      link: 'https://example.org/lift',
    })
  ).json.exercise;
  const routine = (
    await u.call('POST', '/api/v1/custom-routines', {
      name: 'Physio homework',
      items: [{ exerciseId: 'pelvic-tilt' }, { exerciseId: `custom:${ex.id}` }],
    })
  ).json.routine;
  await u.call('DELETE', `/api/v1/custom-exercises/${ex.id}`);
  for (const [routineId, day] of [
    [`custom:${routine.id}`, '02'],
    ['morning-5', '03'],
  ]) {
    const res = await u.call('POST', '/api/v1/sessions', {
      routineId,
      startedAt: `2026-03-${day}T07:00:00-05:00`,
      endedAt: `2026-03-${day}T07:06:00-05:00`,
      exercises: [{ exerciseId: `custom:${ex.id}`, done: true, reps: 10 }],
      painBefore: 3,
      painAfter: 2,
      effort: 4,
      rating: 'too_easy',
      notes: 'Felt good',
    });
    expect(res.status).toBe(201);
  }
  const plan = await u.call('PUT', '/api/v1/plan', {
    timeZone: 'America/New_York',
    entries: [{ id: randomUUID(), routineId: `custom:${routine.id}`, days: [1, 4], time: '18:00' }],
    walking: { startDate: '2026-03-02', days: [2, 6], time: '12:00' },
  });
  expect(plan.status).toBe(200);
}

/** Her export without its date; `versions: false` also drops record versions (a restore starts them at 1). */
const exportOf = async (u: TestUser, { versions = true } = {}) => {
  const res = await u.call('GET', '/api/v1/export?format=json');
  expect(res.status).toBe(200);
  const { exportedAt: _e, ...doc } = res.json;
  if (!versions)
    for (const list of Object.values(doc))
      if (Array.isArray(list)) for (const item of list) delete (item as { version?: number }).version;
  return doc;
};

describe('JSON backup', () => {
  it('exports every record and restores it into an empty account exactly', async () => {
    const a = await t.newUser();
    await fillAccount(a);
    const backup = (await a.call('GET', '/api/v1/export?format=json')).json;
    expect(backup).toMatchObject({ format: 'spinekind-backup', version: 1 });
    expect(backup.checkins).toHaveLength(5);
    expect(backup.sessions).toHaveLength(2);
    expect(backup.lessonReads.map((r: { lessonId: string }) => r.lessonId)).toEqual([
      'bone-health',
      'walking',
    ]);
    expect(backup.plan.entries).toHaveLength(1);
    expect(backup.profile).toEqual(profile);
    expect(backup.bleedingAnswers).toEqual([
      expect.objectContaining({ runStart: '2026-03-01', answeredAt: '2026-03-02T09:00:00.000-05:00' }),
    ]);

    const b = await t.newUser();
    const res = await b.call('POST', '/api/v1/import', backup);
    expect(res.status).toBe(200);
    expect(res.json.imported).toEqual({
      profile: 1,
      breaks: 1,
      trackers: 2,
      treatments: 1,
      checkins: 5,
      screenings: 1,
      periods: 1,
      instrumentResponses: 1,
      breakLog: 1,
      ergonomicChecks: 0,
      'custom-exercises': 1,
      'custom-routines': 1,
      sessions: 2,
      bleedingAnswers: 1,
      lessonReads: 2,
      plan: 1,
    });
    expect(await exportOf(b, { versions: false })).toEqual(await exportOf(a, { versions: false }));
    expect((await b.call('GET', '/api/v1/profile')).json.profile).toEqual(profile);
    expect((await b.call('GET', '/api/v1/bleeding-answers')).json.items).toEqual(backup.bleedingAnswers);
  });

  it('restores twice without duplicates, into the same or an existing account', async () => {
    const a = await t.newUser();
    await fillAccount(a);
    const backup = (await a.call('GET', '/api/v1/export?format=json')).json;
    const before = await exportOf(a);
    expect((await a.call('POST', '/api/v1/import', backup)).status).toBe(200);
    expect((await a.call('POST', '/api/v1/import', backup)).status).toBe(200);
    expect(await exportOf(a)).toEqual(before);
  });

  it('imports nothing when one record is invalid, and says which', async () => {
    const a = await t.newUser();
    await fillAccount(a);
    const backup = (await a.call('GET', '/api/v1/export?format=json')).json;
    backup.checkins[3].pain = 12;
    const b = await t.newUser();
    const res = await b.call('POST', '/api/v1/import', backup);
    expect(res.status).toBe(400);
    expect(res.json.error.details[0].path).toBe('checkins.3.pain');
    const after = await exportOf(b);
    expect(after.checkins).toEqual([]);
    expect(after.trackers).toEqual([]);
    expect(after.profile).toEqual({});
  });

  it('rolls back everything when a tracker value refers to a tracker not in the account or backup', async () => {
    const a = await t.newUser();
    await fillAccount(a);
    const backup = (await a.call('GET', '/api/v1/export?format=json')).json;
    backup.trackers = [];
    const b = await t.newUser();
    const res = await b.call('POST', '/api/v1/import', backup);
    expect(res.status).toBe(400);
    expect((await exportOf(b)).treatments).toEqual([]);
  });

  it('refuses a document that is not a Spinekind backup', async () => {
    const u = await t.newUser();
    const res = await u.call('POST', '/api/v1/import', { format: 'other', version: 1 });
    expect(res.status).toBe(400);
    expect((await u.call('GET', '/api/v1/export?format=xml')).status).toBe(400);
  });

  it("never exports another user's records", async () => {
    const a = await t.newUser();
    await fillAccount(a);
    const b = await t.newUser();
    const doc = await exportOf(b);
    expect(doc.checkins).toEqual([]);
    expect(doc.trackers).toEqual([]);
    expect(doc.sessions).toEqual([]);
    expect(doc['custom-routines']).toEqual([]);
    expect(doc.plan).toBeNull();
  });

  it('refuses a backup whose plan names a custom routine that is in neither the backup nor the account', async () => {
    const a = await t.newUser();
    await fillAccount(a);
    const backup = (await a.call('GET', '/api/v1/export?format=json')).json;
    backup['custom-routines'] = [];
    backup.sessions = [];
    const b = await t.newUser();
    const res = await b.call('POST', '/api/v1/import', backup);
    expect(res.status).toBe(400);
    expect(res.json.error.details[0].path).toBe('plan.entries.0.routineId');
    expect((await exportOf(b)).checkins).toEqual([]);
  });
});
