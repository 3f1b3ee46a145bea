import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';

// Editing her own exercises and routines (PATCH) and the undo of a removal (POST …/:id/restore).
const t = await makeTestApp({ clock: () => new Date('2026-03-20T12:00:00Z') });
const physio = {
  name: 'Side-lying leg lift',
  steps: ['Lie on your side.', 'Lift the top leg a hand width.', 'Lower slowly.'],
  dose: { kind: 'reps', reps: 10, sets: 2, secondsPerRep: 3, perSide: true },
  link: 'https://example.org/leg-lift',
};

describe('editing her own exercises and routines', () => {
  it('changes name and dose, keeps the rest, and rejects a bad dose without a half-write', async () => {
    const u = await t.newUser();
    const ex = (await u.call('POST', '/api/v1/custom-exercises', physio)).json.exercise;
    const res = await u.call('PATCH', `/api/v1/custom-exercises/${ex.id}`, {
      name: 'Leg lift, slower',
      dose: { kind: 'time', seconds: 45, sets: 3 },
    });
    expect(res.status).toBe(200);
    expect(res.json.exercise).toMatchObject({
      id: ex.id,
      name: 'Leg lift, slower',
      dose: { kind: 'time', seconds: 45, sets: 3 },
      steps: physio.steps,
      link: physio.link,
    });
    const bad = await u.call('PATCH', `/api/v1/custom-exercises/${ex.id}`, {
      name: 'Never saved',
      dose: { kind: 'reps', reps: 0, sets: 1, secondsPerRep: 3 },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details.map((d: { path: string }) => d.path)).toContain('dose.reps');
    const now = (await u.call('GET', `/api/v1/custom-exercises/${ex.id}`)).json.exercise;
    expect(now.name).toBe('Leg lift, slower');
  });

  it('reorders and renames a routine, as played', async () => {
    const u = await t.newUser();
    const made = (
      await u.call('POST', '/api/v1/custom-routines', {
        name: 'Physio homework',
        items: [{ exerciseId: 'glute-bridge' }, { exerciseId: 'cat-cow' }],
      })
    ).json.routine;
    const res = await u.call('PATCH', `/api/v1/custom-routines/${made.id}`, {
      name: 'Evening homework',
      items: [{ exerciseId: 'cat-cow' }, { exerciseId: 'glute-bridge' }],
    });
    expect(res.status).toBe(200);
    const played = (await u.call('GET', '/api/v1/routines')).json.items.find(
      (r: { id: string }) => r.id === `custom:${made.id}`,
    );
    expect(played).toMatchObject({ name: 'Evening homework', exercises: ['cat-cow', 'glute-bridge'] });
  });
});

describe('undo of a removal', () => {
  it('brings an archived exercise back unchanged, and answers the same when asked twice', async () => {
    const u = await t.newUser();
    const ex = (await u.call('POST', '/api/v1/custom-exercises', physio)).json.exercise;
    expect((await u.call('DELETE', `/api/v1/custom-exercises/${ex.id}`)).status).toBe(204);
    const back = await u.call('POST', `/api/v1/custom-exercises/${ex.id}/restore`);
    expect(back.status).toBe(200);
    expect(back.json.exercise).toMatchObject({ ...physio, id: ex.id, archivedAt: null });
    const again = await u.call('POST', `/api/v1/custom-exercises/${ex.id}/restore`);
    expect(again.status).toBe(200);
    expect(again.json.exercise.archivedAt).toBeNull();
    const listed = (await u.call('GET', '/api/v1/custom-exercises')).json.items;
    expect(listed.map((e: { id: string; archivedAt: string | null }) => [e.id, e.archivedAt])).toEqual([
      [ex.id, null],
    ]);
  });

  it('offers a restored routine to play again', async () => {
    const u = await t.newUser();
    const r = (
      await u.call('POST', '/api/v1/custom-routines', { name: 'Mine', items: [{ exerciseId: 'cat-cow' }] })
    ).json.routine;
    const playable = async () =>
      (await u.call('GET', '/api/v1/routines')).json.items.some(
        (x: { id: string }) => x.id === `custom:${r.id}`,
      );
    await u.call('DELETE', `/api/v1/custom-routines/${r.id}`);
    expect(await playable()).toBe(false);
    expect((await u.call('POST', `/api/v1/custom-routines/${r.id}/restore`)).status).toBe(200);
    expect(await playable()).toBe(true);
  });

  it("never restores another user's item, and answers 404 for unknown or malformed ids", async () => {
    const a = await t.newUser();
    const b = await t.newUser();
    const ex = (await a.call('POST', '/api/v1/custom-exercises', physio)).json.exercise;
    await a.call('DELETE', `/api/v1/custom-exercises/${ex.id}`);
    const theirs = await b.call('POST', `/api/v1/custom-exercises/${ex.id}/restore`);
    expect(theirs.status).toBe(404);
    expect(theirs.json.error.code).toBe('not_found');
    expect(
      (await a.call('GET', `/api/v1/custom-exercises/${ex.id}`)).json.exercise.archivedAt,
    ).not.toBeNull();
    expect((await a.call('POST', `/api/v1/custom-exercises/${randomUUID()}/restore`)).status).toBe(404);
    expect((await a.call('POST', '/api/v1/custom-exercises/not-a-uuid/restore')).status).toBe(404);
    const signedOut = await t.app.inject({
      method: 'POST',
      url: `/api/v1/custom-exercises/${ex.id}/restore`,
    });
    expect(signedOut.statusCode).toBe(401);
  });

  it('exists only for resources that archive (check-ins are deleted for good)', async () => {
    const u = await t.newUser();
    expect((await u.call('POST', `/api/v1/checkins/${randomUUID()}/restore`)).status).toBe(404);
    const paths = Object.keys((await t.app.inject({ method: 'GET', url: '/api/docs' })).json().paths);
    expect(paths).toContain('/api/v1/custom-exercises/{id}/restore');
    expect(paths).toContain('/api/v1/trackers/{id}/restore');
  });
});
