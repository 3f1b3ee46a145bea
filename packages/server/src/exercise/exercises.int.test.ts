import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';

const t = await makeTestApp({ clock: () => new Date('2026-03-20T12:00:00Z') });
const physio = {
  name: 'Side-lying leg lift',
  steps: ['Lie on your side.', 'Lift the top leg a hand width.', 'Lower slowly.'],
  dose: { kind: 'reps', reps: 10, sets: 2, secondsPerRep: 3, perSide: true },
  link: 'https://example.org/leg-lift',
};
const get = async (url: string, cookie?: string) => {
  const res = await t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  return { status: res.statusCode, headers: res.headers, json: res.json() };
};

describe('catalogue', () => {
  it('serves every exercise with all catalogue fields and its drawing, without sign-in, cacheable', async () => {
    const res = await get('/api/v1/exercises');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    expect(res.json.items.length).toBeGreaterThanOrEqual(30);
    for (const e of res.json.items) {
      expect(e.illustration).toMatch(/^<svg[\s\S]*<\/svg>$/);
      expect(e.alt.length).toBeGreaterThan(0);
      expect(Object.keys(e)).toEqual(
        expect.arrayContaining(['id', 'name', 'purpose', 'steps', 'cues', 'dose', 'boneSafe']),
      );
    }
  });

  it('serves the routines with their exercises, doses and total time', async () => {
    const res = await get('/api/v1/routines');
    const morning = res.json.items.find((r: { id: string }) => r.id === 'morning-5');
    expect(morning).toMatchObject({ custom: false, boneNote: null });
    expect(morning.exercises.length).toBeGreaterThan(0);
    expect(morning.items.every((i: { dose: unknown }) => i.dose !== null)).toBe(true);
    expect(morning.totalSeconds).toBeGreaterThanOrEqual(240);
    expect(morning.totalSeconds).toBeLessThanOrEqual(360);
  });

  it('serves the four relaxation sessions, each with its lesson and grade, and every routine with a lesson', async () => {
    const res = await get('/api/v1/routines');
    const relax = res.json.items.filter((r: { tags: string[] }) => r.tags.includes('relax'));
    expect(relax.map((r: { id: string }) => r.id)).toEqual([
      'relax-breathing-5',
      'relax-pmr-12',
      'relax-body-scan-10',
      'desk-tension-release',
    ]);
    const breathing = relax[0];
    expect(breathing).toMatchObject({ lessonId: 'tension-and-mindfulness', totalSeconds: 300 });
    expect(breathing.items).toEqual([
      { exerciseId: 'paced-breathing', dose: { kind: 'reps', reps: 30, sets: 1, secondsPerRep: 10 } },
    ]);
    expect(breathing.evidence.grade).toBe('C');
    expect(breathing.evidence.sources[0].url).toMatch(/^https:\/\/doi\.org\//);
    for (const r of res.json.items) expect(r.lessonId, r.id).toMatch(/^[a-z0-9-]+$/);
    const morning = res.json.items.find((r: { id: string }) => r.id === 'morning-5');
    expect(morning.evidence).toBeNull();
    const paced = (await get('/api/v1/exercises')).json.items.find(
      (e: { id: string }) => e.id === 'paced-breathing',
    );
    expect(paced.rhythm).toEqual([
      { say: 'Breathe in', seconds: 5 },
      { say: 'And out, slowly', seconds: 5 },
    ]);
  });

  it('keeps the relaxation sessions whole for fragile bones: nothing in them bends or twists', async () => {
    const u = await t.newUser();
    await u.call('PUT', '/api/v1/profile', { boneHealth: 'osteoporosis' });
    const items = (await u.call('GET', '/api/v1/routines')).json.items;
    const pmr = items.find((r: { id: string }) => r.id === 'relax-pmr-12');
    expect(pmr.boneSwaps).toEqual([]);
    expect(pmr.items).toHaveLength(8);
  });

  it('adapts routines for fragile bones and says why', async () => {
    const u = await t.newUser();
    await u.call('PUT', '/api/v1/profile', { boneHealth: 'osteopenia' });
    const exercises = (await get('/api/v1/exercises')).json.items;
    const boneSafe = new Map(exercises.map((e: { id: string; boneSafe: boolean }) => [e.id, e.boneSafe]));
    const items = (await u.call('GET', '/api/v1/routines')).json.items;
    for (const r of items)
      for (const id of r.exercises) expect(boneSafe.get(id), `${r.id}: ${id}`).toBe(true);
    expect(items.some((r: { boneNote: string | null }) => r.boneNote?.includes('osteopenia'))).toBe(true);
  });

  it('names the bone-health answer that shaped the routines, cites the 2022 consensus, and never repeats an exercise', async () => {
    const u = await t.newUser();
    expect((await u.call('GET', '/api/v1/routines')).json.bones).toBeNull();
    await u.call('PUT', '/api/v1/profile', { boneHealth: 'osteopenia' });
    const answer = (await u.call('GET', '/api/v1/routines')).json;
    expect(answer.bones).toMatchObject({ condition: 'osteopenia' });
    expect(answer.bones.note).toContain('Br J Sports Med 2022');
    const yoga = answer.items.find((r: { id: string }) => r.id === 'gentle-yoga-15');
    const played = yoga.items.map((i: { exerciseId: string }) => i.exerciseId);
    expect(new Set(played).size).toBe(played.length);
    expect(played).not.toContain('cat-cow');
    expect(yoga.boneNote).toBe(answer.bones.note);
    expect((await get('/api/v1/routines')).json.bones).toBeNull();
  });

  it('plays her own routine as built, with a caution naming exercises usually avoided with fragile bones', async () => {
    const u = await t.newUser();
    await u.call('PUT', '/api/v1/profile', { boneHealth: 'osteoporosis' });
    const exercises = (await get('/api/v1/exercises')).json.items;
    const unsafe = exercises.find((e: { boneSafe: boolean }) => !e.boneSafe);
    const made = await u.call('POST', '/api/v1/custom-routines', {
      name: 'From my old class',
      items: [{ exerciseId: 'pelvic-tilt' }, { exerciseId: unsafe.id }],
    });
    const mine = (await u.call('GET', '/api/v1/routines')).json.items.find(
      (r: { id: string }) => r.id === `custom:${made.json.routine.id}`,
    );
    expect(mine.exercises).toEqual(['pelvic-tilt', unsafe.id]);
    expect(mine.boneNote).toContain(unsafe.name);
  });
});

describe('custom exercises and routines', () => {
  it('creates an exercise once per client id, uses it in a routine, and lists the routine as custom:<id>', async () => {
    const u = await t.newUser();
    const id = randomUUID();
    const first = await u.call('POST', '/api/v1/custom-exercises', { id, ...physio });
    expect(first.status).toBe(201);
    const again = await u.call('POST', '/api/v1/custom-exercises', { id, ...physio });
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    expect((await u.call('GET', '/api/v1/custom-exercises')).json.items).toHaveLength(1);

    const routine = await u.call('POST', '/api/v1/custom-routines', {
      name: 'Physio homework',
      items: [
        { exerciseId: 'glute-bridge' },
        { exerciseId: `custom:${id}`, dose: { kind: 'time', seconds: 40, sets: 1 } },
      ],
    });
    expect(routine.status).toBe(201);
    const listed = (await u.call('GET', '/api/v1/routines')).json.items;
    const mine = listed.find((r: { id: string }) => r.id === `custom:${routine.json.routine.id}`);
    expect(mine).toMatchObject({
      name: 'Physio homework',
      custom: true,
      exercises: ['glute-bridge', `custom:${id}`],
    });
    expect(mine.totalSeconds).toBeGreaterThan(40);
    // Signed out, only the catalogue.
    expect((await get('/api/v1/routines')).json.items.some((r: { custom: boolean }) => r.custom)).toBe(false);
  });

  it('archives instead of deleting, so old routines and sessions still resolve', async () => {
    const u = await t.newUser();
    const ex = (await u.call('POST', '/api/v1/custom-exercises', physio)).json.exercise;
    expect((await u.call('DELETE', `/api/v1/custom-exercises/${ex.id}`)).status).toBe(204);
    expect(
      (await u.call('GET', `/api/v1/custom-exercises/${ex.id}`)).json.exercise.archivedAt,
    ).not.toBeNull();
    const res = await u.call('POST', '/api/v1/custom-routines', {
      name: 'Old',
      items: [{ exerciseId: `custom:${ex.id}` }],
    });
    expect(res.status).toBe(201);
  });

  it.each([
    ['/api/v1/custom-exercises', { ...physio, link: 'http://example.org' }, 'link'],
    ['/api/v1/custom-exercises', { ...physio, colour: 'red' }, 'colour'],
    ['/api/v1/custom-exercises', { ...physio, steps: [] }, 'steps'],
    ['/api/v1/custom-routines', { name: 'R', items: [{ exerciseId: 'no-such' }] }, 'items.0.exerciseId'],
    [
      '/api/v1/custom-routines',
      { name: 'R', items: [{ exerciseId: `custom:${randomUUID()}` }] },
      'items.0.exerciseId',
    ],
  ])('rejects a bad %s body', async (url, body, path) => {
    const u = await t.newUser();
    const res = await u.call('POST', url, body);
    expect(res.status).toBe(400);
    expect(res.json.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it("keeps each user's exercises and routines to herself", async () => {
    const a = await t.newUser();
    const b = await t.newUser();
    const ex = (await a.call('POST', '/api/v1/custom-exercises', physio)).json.exercise;
    expect((await b.call('GET', `/api/v1/custom-exercises/${ex.id}`)).status).toBe(404);
    expect((await b.call('PATCH', `/api/v1/custom-exercises/${ex.id}`, { name: 'Mine now' })).status).toBe(
      404,
    );
    expect((await b.call('DELETE', `/api/v1/custom-exercises/${ex.id}`)).status).toBe(404);
    // B can't build a routine on A's exercise either.
    const res = await b.call('POST', '/api/v1/custom-routines', {
      name: 'R',
      items: [{ exerciseId: `custom:${ex.id}` }],
    });
    expect(res.status).toBe(400);
    expect((await a.call('GET', `/api/v1/custom-exercises/${ex.id}`)).json.exercise.name).toBe(physio.name);
  });
});

describe('weekly plan', () => {
  const plan = (over: Record<string, unknown> = {}) => ({
    timeZone: 'America/New_York',
    entries: [
      { id: randomUUID(), routineId: 'morning-5', days: [1, 2, 3, 4, 5, 6, 7], time: '07:00' },
      { id: randomUUID(), routineId: 'strength-b', days: [3, 6], time: '17:30' },
    ],
    walking: { startDate: '2026-03-16', days: [1, 3, 5], time: '12:00' },
    ...over,
  });

  it('suggests a plan until one is saved, then answers the saved one exactly', async () => {
    const u = await t.newUser();
    const suggested = (await u.call('GET', '/api/v1/plan?timeZone=Europe/Berlin')).json;
    expect(suggested).toMatchObject({ suggested: true, bones: null, plan: { timeZone: 'Europe/Berlin' } });
    expect(suggested.plan.entries.map((e: { routineId: string }) => e.routineId)).toContain('morning-5');
    const p = plan();
    const put = await u.call('PUT', '/api/v1/plan', p);
    expect(put.status).toBe(200);
    expect(put.json).toEqual({ plan: p, suggested: false, bones: null, version: 1 });
    expect((await u.call('GET', '/api/v1/plan')).json).toEqual(put.json);
    const second = plan({ walking: null });
    expect((await u.call('PUT', '/api/v1/plan', second)).json.plan).toEqual(second);
  });

  it('suggests a bone-safe plan with a note for osteoporosis', async () => {
    const u = await t.newUser();
    await u.call('PUT', '/api/v1/profile', { boneHealth: 'osteoporosis' });
    const res = (await u.call('GET', '/api/v1/plan')).json;
    expect(res.suggested).toBe(true);
    expect(res.bones.note).toMatch(/osteoporosis/);
  });

  it("shows today's items, done or not, and the streak", async () => {
    const u = await t.newUser();
    await u.call('PUT', '/api/v1/plan', plan());
    // The clock says 2026-03-20 08:00 in New York, a Friday.
    await u.call('POST', '/api/v1/sessions', {
      id: randomUUID(),
      routineId: 'morning-5',
      startedAt: '2026-03-20T07:05:00-04:00',
      endedAt: '2026-03-20T07:11:00-04:00',
      painBefore: 3,
      painAfter: 2,
      effort: 4,
      rating: 'about_right',
    });
    const today = (await u.call('GET', '/api/v1/plan/today')).json;
    expect(today.date).toBe('2026-03-20');
    expect(today.items.map((i: { routineId: string; done: boolean }) => [i.routineId, i.done])).toEqual([
      ['morning-5', true],
      ['walking', false],
    ]);
    expect(today.streak).toEqual({ days: 0, todayMet: false, daysMovedThisWeek: 1 });

    // A walk logged as a session meets the walking item; with everything done, today counts.
    await u.call('POST', '/api/v1/sessions', {
      routineId: 'walking',
      startedAt: '2026-03-20T07:20:00-04:00',
      endedAt: '2026-03-20T07:45:00-04:00',
      painBefore: 2,
      painAfter: 2,
      effort: 3,
      rating: 'about_right',
    });
    const later = (await u.call('GET', '/api/v1/plan/today')).json;
    expect(later.items.find((i: { routineId: string }) => i.routineId === 'walking')).toMatchObject({
      done: true,
      minutes: 10,
      week: 1,
    });
    expect(later.streak).toEqual({ days: 1, todayMet: true, daysMovedThisWeek: 1 });
  });

  it('lists these routes in the OpenAPI description', async () => {
    const paths = Object.keys((await get('/api/docs')).json.paths);
    for (const path of [
      '/exercises',
      '/routines',
      '/sessions',
      '/sessions/{id}',
      '/custom-exercises',
      '/custom-routines',
      '/plan',
      '/plan/today',
      '/progression',
    ])
      expect(paths).toContain(`/api/v1${path}`);
  });

  it.each([
    [{ timeZone: 'Nowhere/Land' }, 'timeZone'],
    [{ entries: [{ id: randomUUID(), routineId: 'nope', days: [1], time: '07:00' }] }, 'entries.0.routineId'],
    [
      { entries: [{ id: randomUUID(), routineId: `custom:${randomUUID()}`, days: [1], time: '07:00' }] },
      'entries.0.routineId',
    ],
    [{ extra: true }, 'extra'],
  ])('rejects %j and keeps the plan it had', async (over, path) => {
    const u = await t.newUser();
    const res = await u.call('PUT', '/api/v1/plan', plan(over));
    expect(res.status).toBe(400);
    expect(res.json.error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect((await u.call('GET', '/api/v1/plan')).json.suggested).toBe(true);
  });

  it("never shows or changes another user's plan", async () => {
    const a = await t.newUser();
    const b = await t.newUser();
    const p = plan();
    await a.call('PUT', '/api/v1/plan', p);
    expect((await b.call('GET', '/api/v1/plan')).json.suggested).toBe(true);
    await b.call('PUT', '/api/v1/plan', plan({ walking: null }));
    expect((await a.call('GET', '/api/v1/plan')).json.plan).toEqual(p);
  });
});
