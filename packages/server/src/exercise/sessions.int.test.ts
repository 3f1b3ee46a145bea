import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';

const t = await makeTestApp({ clock: () => new Date('2026-03-20T12:00:00Z') });
const session = (over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  routineId: 'morning-5',
  startedAt: '2026-03-14T07:30:00+01:00',
  endedAt: '2026-03-14T07:36:00+01:00',
  painBefore: 4,
  painAfter: 3,
  effort: 5,
  rating: 'about_right',
  ...over,
});
const detailPaths = (res: { json: { error: { code: string; details?: { path: string }[] } } }) => {
  expect(res.json.error.code).toBe('validation_failed');
  return (res.json.error.details ?? []).map((d) => d.path);
};

describe('sessions', () => {
  it('stores a session once for one client id, and answers the same record again', async () => {
    const u = await t.newUser();
    const body = session({ exercises: [{ exerciseId: 'cat-cow', done: true, reps: 8 }], notes: 'Stiff' });
    const first = await u.call('POST', '/api/v1/sessions', body);
    expect(first.status).toBe(201);
    const again = await u.call('POST', '/api/v1/sessions', body);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    const { localDate, createdAt, updatedAt, ...fields } = first.json.session;
    expect(localDate).toBe('2026-03-14');
    expect(fields).toEqual({
      ...body,
      startedAt: '2026-03-14T07:30:00.000+01:00',
      endedAt: '2026-03-14T07:36:00.000+01:00',
      version: 1,
    });
    expect((await u.call('GET', '/api/v1/sessions')).json.items).toHaveLength(1);
  });

  it('lists by the local date the session started on', async () => {
    const u = await t.newUser();
    // 23:30 in New York on the 13th is the 14th in UTC: it belongs to the 13th.
    const late = session({ startedAt: '2026-03-13T23:30:00-05:00', endedAt: '2026-03-13T23:45:00-05:00' });
    await u.call('POST', '/api/v1/sessions', late);
    await u.call('POST', '/api/v1/sessions', session());
    const on13 = (await u.call('GET', '/api/v1/sessions?from=2026-03-13&to=2026-03-13')).json.items;
    expect(on13.map((s: { id: string }) => s.id)).toEqual([late.id]);
    expect((await u.call('GET', '/api/v1/sessions?from=2026-03-13&to=2026-03-14')).json.items).toHaveLength(
      2,
    );
    expect((await u.call('GET', '/api/v1/sessions?from=2026-03-15&to=2026-03-13')).status).toBe(400);
  });

  it('edits a session, re-checking the whole record, and deletes it', async () => {
    const u = await t.newUser();
    const s = session();
    await u.call('POST', '/api/v1/sessions', s);
    const patched = await u.call('PATCH', `/api/v1/sessions/${s.id}`, { rating: 'too_easy', notes: 'Easy' });
    expect(patched.json.session).toMatchObject({ rating: 'too_easy', notes: 'Easy' });
    const bad = await u.call('PATCH', `/api/v1/sessions/${s.id}`, { endedAt: '2026-03-14T07:00:00+01:00' });
    expect(bad.status).toBe(400);
    expect((await u.call('DELETE', `/api/v1/sessions/${s.id}`)).status).toBe(204);
    expect((await u.call('GET', `/api/v1/sessions/${s.id}`)).status).toBe(404);
  });

  it.each([
    [{ mood: 3 }, 'mood'],
    [{ painAfter: 11 }, 'painAfter'],
    [{ endedAt: '2026-03-14T07:00:00+01:00' }, 'endedAt'],
    [{ routineId: 'no-such-routine' }, 'routineId'],
    [{ routineId: `custom:${randomUUID()}` }, 'routineId'],
    [{ exercises: [{ exerciseId: `custom:${randomUUID()}`, done: true }] }, 'exercises.0.exerciseId'],
    [{ startedAt: '2026-03-22T07:30:00Z', endedAt: '2026-03-22T07:40:00Z' }, 'startedAt'],
  ])('answers 400 with the standard shape for %j', async (over, path) => {
    const u = await t.newUser();
    const res = await u.call('POST', '/api/v1/sessions', session(over));
    expect(res.status).toBe(400);
    expect(detailPaths(res)).toContain(path);
  });

  it("never shows, edits or deletes another user's session", async () => {
    const a = await t.newUser();
    const b = await t.newUser();
    const s = session();
    await a.call('POST', '/api/v1/sessions', s);
    expect((await b.call('GET', `/api/v1/sessions/${s.id}`)).status).toBe(404);
    expect((await b.call('PATCH', `/api/v1/sessions/${s.id}`, { painAfter: 9 })).status).toBe(404);
    expect((await b.call('DELETE', `/api/v1/sessions/${s.id}`)).status).toBe(404);
    expect((await b.call('GET', '/api/v1/sessions')).json.items).toEqual([]);
    // The same client id from another user is a separate record, not a read of A's.
    const mine = await b.call('POST', '/api/v1/sessions', { ...s, painAfter: 1 });
    expect(mine.status).toBe(201);
    expect((await a.call('GET', `/api/v1/sessions/${s.id}`)).json.session.painAfter).toBe(3);
  });

  it('needs a signed-in user', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/sessions' });
    expect(res.statusCode).toBe(401);
  });
});

async function rate(u: TestUser, day: string, over: Record<string, unknown>) {
  const res = await u.call(
    'POST',
    '/api/v1/sessions',
    session({ startedAt: `${day}T07:30:00Z`, endedAt: `${day}T07:36:00Z`, ...over }),
  );
  expect(res.status).toBe(201);
}

describe('progression', () => {
  it('offers a step up after two too-easy sessions, and a step back after pain next morning', async () => {
    const u = await t.newUser();
    await rate(u, '2026-03-10', { routineId: 'strength-a', rating: 'too_easy', painAfter: 2 });
    await rate(u, '2026-03-12', { routineId: 'strength-a', rating: 'too_easy', painAfter: 3 });
    await rate(u, '2026-03-16', { routineId: 'morning-5', painBefore: 2, painAfter: 4 });
    // Next morning worse than her usual level (the median of her check-ins before: 2).
    for (const [day, pain] of [
      ['11', 2],
      ['13', 2],
      ['15', 2],
      ['17', 5],
    ] as const) {
      await u.call('POST', '/api/v1/checkins', { recordedAt: `2026-03-${day}T08:00:00Z`, pain });
    }
    const res = await u.call('GET', '/api/v1/progression');
    expect(res.status).toBe(200);
    const byRoutine = Object.fromEntries(res.json.items.map((i: { routineId: string }) => [i.routineId, i]));
    expect(byRoutine['morning-5']).toMatchObject({ advice: 'step_back', lastSessionDate: '2026-03-16' });
    expect(byRoutine['morning-5'].reason).toContain('next morning (5/10)');
    expect(byRoutine['strength-a'].advice).toBe('progress');
    expect(byRoutine['strength-a'].suggestions.length).toBeGreaterThan(0);
    expect(res.json.items[0].routineId).toBe('morning-5');
  });

  it('never suggests a harder exercise that is not bone-safe when her profile says osteoporosis', async () => {
    const u = await t.newUser();
    await u.call('PUT', '/api/v1/profile', { boneHealth: 'osteoporosis' });
    for (const routineId of ['strength-a', 'strength-b', 'pilates-core-15', 'gentle-yoga-15']) {
      await rate(u, '2026-03-10', { routineId, rating: 'too_easy' });
      await rate(u, '2026-03-11', { routineId, rating: 'too_easy' });
    }
    const exercises = (await t.app.inject({ method: 'GET', url: '/api/v1/exercises' })).json().items;
    const boneSafe = new Map(exercises.map((e: { id: string; boneSafe: boolean }) => [e.id, e.boneSafe]));
    const items = (await u.call('GET', '/api/v1/progression')).json.items;
    const targets = items.flatMap((i: { suggestions: { toExerciseId?: string }[] }) =>
      i.suggestions.map((s) => s.toExerciseId).filter(Boolean),
    );
    for (const id of targets) expect(boneSafe.get(id), id).toBe(true);
  });

  it("is built from the user's own sessions only", async () => {
    const a = await t.newUser();
    await rate(a, '2026-03-10', { painAfter: 8 });
    const b = await t.newUser();
    expect((await b.call('GET', '/api/v1/progression')).json.items).toEqual([]);
  });
});
