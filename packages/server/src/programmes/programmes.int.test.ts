import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';
import { askIn } from '../test/ask-in.js';

// Friday 20 March 2026, midday in London.
const t = await makeTestApp({ clock: () => new Date('2026-03-20T12:00:00Z') });
const ruth = {
  birthYear: 1968,
  boneHealth: 'osteopenia',
  vertebralFracture: 'no',
  fractureAfter50: false,
  fractureLastYear: false,
  clinicianClearedImpact: false,
};
const spine = { boneHealth: 'osteoporosis', vertebralFracture: 'yes' };

async function userWith(profile: object): Promise<TestUser> {
  const u = await t.newUser();
  expect((await u.call('PUT', '/api/v1/profile', profile)).status).toBe(200);
  return u;
}
const start = (u: TestUser, body: object = { startDate: '2026-03-13', timeZone: 'Europe/London' }) =>
  u.call('POST', '/api/v1/programmes/bone-health/start', body);
const today = async (u: TestUser) => (await u.call('GET', '/api/v1/programmes/bone-health/today')).json;

/** A strength session on `date` at 18:00 with two logged sets of sit-to-stand. */
const strength = (date: string, loadKg: number, rpe: number) => ({
  id: randomUUID(),
  routineId: 'bone-strength',
  startedAt: `${date}T18:00:00+00:00`,
  endedAt: `${date}T18:30:00+00:00`,
  exercises: [
    {
      exerciseId: 'sit-to-stand',
      done: true,
      sets: [
        { reps: 10, loadKg, rpe },
        { reps: 10, loadKg, rpe },
      ],
    },
    { exerciseId: 'band-row', done: true, sets: [{ reps: 12, band: 'red', rpe: 5 }] },
  ],
  painBefore: 2,
  painAfter: 2,
  effort: 5,
  rating: 'about_right',
});
const morning = (date: string, pain: number) => ({ recordedAt: `${date}T08:00:00+00:00`, pain });

describe('bone-health programme', () => {
  it('lists the programme adapted to her profile: impact with osteopenia, none with a spinal fracture and why', async () => {
    const r = await userWith(ruth);
    const [mine] = (await r.call('GET', '/api/v1/programmes')).json.items;
    expect(mine).toMatchObject({ id: 'bone-health', weeks: 12, started: null });
    expect(mine.kinds.find((k: { kind: string }) => k.kind === 'impact').offered).toBe(true);
    expect(mine.evidence.sources.map((s: { year: number }) => s.year)).toEqual([2022, 2014, 2018]);

    const s = await userWith(spine);
    const [theirs] = (await s.call('GET', '/api/v1/programmes')).json.items;
    const impact = theirs.kinds.find((k: { kind: string }) => k.kind === 'impact');
    expect(impact).toEqual({
      kind: 'impact',
      offered: false,
      reason: 'No impact work: you told us about a broken bone in your spine, so low-impact walking instead.',
    });
    expect(theirs.adaptations[0]).toBe(impact.reason);
  });

  it('starts, serves today’s blocks with why, and stops', async () => {
    const r = await userWith(ruth);
    expect((await today(r)).started).toBe(false);
    const started = await start(r);
    expect(started.status).toBe(200);
    expect(started.json.programme).toMatchObject({ id: 'bone-health', startDate: '2026-03-13' });
    const day = await today(r);
    expect(day).toMatchObject({ date: '2026-03-20', started: true, week: 2, paused: null });
    expect(day.items.map((b: { kind: string }) => b.kind)).toEqual(['strength', 'impact', 'balance']);
    expect(day.items[0].items[0]).toEqual({
      exerciseId: 'sit-to-stand',
      sets: 2,
      reps: 10,
      seconds: null,
      perSide: false,
      load: { bodyweight: true },
    });
    expect(day.note).toMatch(/never replaces/);
    expect((await r.call('GET', '/api/v1/programmes')).json.items[0].started.startDate).toBe('2026-03-13');
    expect((await r.call('DELETE', '/api/v1/programmes/bone-health/start')).status).toBe(204);
    expect((await r.call('DELETE', '/api/v1/programmes/bone-health/start')).status).toBe(404);
    expect((await today(r)).started).toBe(false);
  });

  it('offers walking, not impact, with a spinal fracture', async () => {
    const s = await userWith(spine);
    await start(s);
    const day = await today(s);
    expect(day.items.map((b: { kind: string }) => b.kind)).toEqual([
      'strength',
      'walking',
      'balance',
      'posture',
    ]);
    expect(day.items[1].why).toMatch(/broken bone in your spine/);
    expect(day.adaptations[0]).toMatch(/^No impact work/);
  });

  it('speaks her language: programme, adaptations, blocks, pause and load advice', async () => {
    const r = await userWith(spine);
    const [programme] = (await askIn(t, r, 'de', 'GET', '/api/v1/programmes')).json.items;
    expect(programme.name).toBe('Starke Knochen: 12 Wochen');
    expect(programme.adaptations[0]).toMatch(
      /^Keine Übungen mit Stoßbelastung: Du hast uns von einem gebrochenen Wirbel/,
    );
    expect(programme.evidence.sources[0].citation).toMatch(/^Brooke-Wavell/);
    await start(r);
    const es = (await askIn(t, r, 'es', 'GET', '/api/v1/programmes/bone-health/today')).json;
    expect(es.note).toMatch(/^Este programa nunca sustituye/);
    expect(es.items.find((b: { kind: string }) => b.kind === 'balance').why).toMatch(/^Equilibrio/);
    expect((await r.call('POST', '/api/v1/sessions', strength('2026-03-16', 4, 6))).status).toBe(201);
    const advice = (await askIn(t, r, 'de', 'GET', '/api/v1/progression')).json.exercises;
    expect(advice.find((a: { exerciseId: string }) => a.exerciseId === 'band-row').reason).toMatch(
      /^Noch eine Einheit wie diese|^Trag ein|^Das war anstrengend/,
    );
    await r.call('POST', '/api/v1/screenings', {
      recordedAt: '2026-03-19T21:10:00Z',
      input: { age: 57, answers: { saddle_numbness: true } },
    });
    const paused = (await askIn(t, r, 'de', 'GET', '/api/v1/programmes/bone-health/today')).json.paused;
    expect(paused.reason).toMatch(/^Dein Sicherheits-Check hat Warnzeichen gefunden/);
  });

  it('refuses an unknown programme, a bad zone and unknown fields', async () => {
    const r = await userWith(ruth);
    expect((await r.call('POST', '/api/v1/programmes/yoga/start', {})).status).toBe(404);
    expect((await start(r, { timeZone: 'Mars/Olympus' })).status).toBe(400);
    expect((await start(r, { startDate: '2026-03-13', weeks: 4 })).status).toBe(400);
  });

  it('logs sets with loads, shows their history and advises a step up, which today’s load then uses', async () => {
    const r = await userWith(ruth);
    await start(r);
    for (const d of ['2026-03-10', '2026-03-11', '2026-03-12'])
      await r.call('POST', '/api/v1/checkins', morning(d, 2));
    expect((await r.call('POST', '/api/v1/sessions', strength('2026-03-13', 4, 6))).status).toBe(201);
    await r.call('POST', '/api/v1/checkins', morning('2026-03-14', 2));
    expect((await r.call('POST', '/api/v1/sessions', strength('2026-03-16', 4, 7))).status).toBe(201);
    await r.call('POST', '/api/v1/checkins', morning('2026-03-17', 1));

    const progression = (await r.call('GET', '/api/v1/progression')).json;
    expect(progression.items[0].routineId).toBe('bone-strength');
    const sit = progression.exercises.find((e: { exerciseId: string }) => e.exerciseId === 'sit-to-stand');
    expect(sit).toMatchObject({ advice: 'progress', next: { reps: 10, load: { loadKg: 4.5 } }, sessions: 2 });

    const history = (await r.call('GET', '/api/v1/exercises/sit-to-stand/history')).json;
    expect(history.sets).toHaveLength(4);
    expect(history.weeks).toEqual([
      expect.objectContaining({ weekStart: '2026-03-09', sessions: 1, volumeKg: 80 }),
      expect.objectContaining({ weekStart: '2026-03-16', sessions: 1, volumeKg: 80 }),
    ]);
    const sitToday = (await today(r)).items[0].items.find(
      (i: { exerciseId: string }) => i.exerciseId === 'sit-to-stand',
    );
    expect(sitToday.load).toEqual({ loadKg: 4.5 });
    expect((await r.call('GET', '/api/v1/exercises/not-an-exercise/history')).status).toBe(404);
  });

  it('keeps old sessions without sets valid and out of the history', async () => {
    const r = await userWith(ruth);
    const old = {
      ...strength('2026-03-13', 4, 6),
      exercises: [{ exerciseId: 'sit-to-stand', done: true, reps: 10 }],
    };
    expect((await r.call('POST', '/api/v1/sessions', old)).status).toBe(201);
    expect((await r.call('GET', '/api/v1/exercises/sit-to-stand/history')).json).toEqual({
      exerciseId: 'sit-to-stand',
      sets: [],
      weeks: [],
    });
  });

  it('pauses after an urgent or emergency safety check: red flags win', async () => {
    const r = await userWith(ruth);
    await start(r);
    const res = await r.call('POST', '/api/v1/screenings', {
      recordedAt: '2026-03-19T21:10:00Z',
      input: { age: 57, answers: { saddle_numbness: true } },
    });
    expect(res.status).toBe(201);
    const day = await today(r);
    expect(day.items).toEqual([]);
    expect(day.paused.level).toBe('emergency');
  });

  it('travels in the backup and is restored', async () => {
    const a = await userWith(ruth);
    await start(a);
    const backup = (await a.call('GET', '/api/v1/export?format=json')).json;
    expect(backup.programmes).toEqual([
      expect.objectContaining({
        programmeId: 'bone-health',
        startDate: '2026-03-13',
        timeZone: 'Europe/London',
      }),
    ]);
    const b = await t.newUser();
    const restored = await b.call('POST', '/api/v1/import', backup);
    expect(restored.status).toBe(200);
    expect(restored.json.imported.programmes).toBe(1);
    expect((await b.call('GET', '/api/v1/programmes')).json.items[0].started.startDate).toBe('2026-03-13');
    // Her bone facts travel in the profile document.
    expect((await b.call('GET', '/api/v1/profile')).json.profile).toMatchObject(ruth);
  });
});
