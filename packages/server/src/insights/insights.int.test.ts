import { describe, expect, it } from 'vitest';
import { exerciseSessions } from '../exercise/table.js';
import { dailyMetrics } from '../imports/table.js';
import { makeTestApp, type TestUser } from '../test/app.js';
import { askIn } from '../test/ask-in.js';

const t = await makeTestApp({ clock: () => new Date('2026-06-30T12:00:00Z') });
const day = (i: number) => new Date(Date.UTC(2026, 3, 1) + i * 86_400_000).toISOString().slice(0, 10);
type Driver = { driver: string; lag: number; n: number; effect: number | null; status: string };
const find = (drivers: Driver[], driver: string, lag: number) =>
  drivers.find((d) => d.driver === driver && d.lag === lag);

/**
 * 60 days of check-ins; an exercise session on even days (pain 3 the next day, else 5), a break taken on
 * every third day, imported steps every day and imported sleep on the days the check-in leaves it out.
 */
async function seedMovement(u: TestUser) {
  const now = new Date('2026-06-30T12:00:00Z');
  const sessions = [];
  const metrics = [];
  for (let i = 0; i < 60; i++) {
    await u.call('POST', '/api/v1/checkins', {
      recordedAt: `${day(i)}T08:00:00Z`,
      pain: i % 2 === 1 ? 3 : 5,
      ...(i % 5 === 0 ? {} : { sleepHours: 7 }),
    });
    if (i % 2 === 0) {
      sessions.push({
        userId: u.id,
        id: crypto.randomUUID(),
        routineId: 'morning-5',
        startedAt: new Date(`${day(i)}T07:00:00Z`),
        endedAt: new Date(`${day(i)}T07:20:00Z`),
        utcOffsetMinutes: 60,
        localDate: day(i),
        createdAt: now,
        updatedAt: now,
      });
    }
    if (i % 3 === 0)
      await u.call('POST', '/api/v1/breaks/log', { at: `${day(i)}T10:00:00Z`, action: 'taken' });
    metrics.push({
      userId: u.id,
      localDate: day(i),
      metric: 'steps',
      source: 'apple-health',
      value: 4000 + 1000 * (i % 4),
      updatedAt: now,
    });
    if (i % 5 === 0)
      metrics.push({
        userId: u.id,
        localDate: day(i),
        metric: 'sleepHours',
        source: 'apple-health',
        value: 5,
        updatedAt: now,
      });
  }
  await t.database.db.insert(exerciseSessions).values(sessions);
  await t.database.db.insert(dailyMetrics).values(metrics);
}

describe('GET /api/v1/insights', () => {
  it('finds a planted sleep pattern with its range and sample size, in plain words', async () => {
    const u = await t.newUser();
    // 80 days: short nights (5 h) on every third day, and pain 3 points higher the same morning.
    for (let i = 0; i < 80; i++) {
      const short = i % 3 === 0;
      await u.call('POST', '/api/v1/checkins', {
        recordedAt: `${day(i)}T08:00:00Z`,
        pain: (short ? 6 : 3) + (i % 2),
        sleepHours: short ? 5 : 8,
        stress: (i * 7) % 11,
      });
    }
    const res = await u.call('GET', `/api/v1/insights?from=${day(0)}&to=${day(79)}`);
    expect(res.status).toBe(200);
    expect(res.json.days).toBe(80);
    const sleep = res.json.drivers.find(
      (d: { driver: string; lag: number }) => d.driver === 'sleepHours' && d.lag === 1,
    );
    expect(sleep).toMatchObject({ status: 'likely', n: 80 });
    expect(sleep.effect).toBeLessThan(-0.9);
    expect(sleep.ciHigh).toBeLessThan(0);
    expect(sleep.sentence).toMatch(/not proof of cause/);
    expect(sleep.sentence).not.toMatch(/\b(causes|caused|triggers?|makes)\b/);
    expect(res.json.trend).toBeDefined();
    expect(res.json.cycle.byPhase).toHaveLength(5);
  });

  it('answers sentences and driver names in her language (Accept-Language)', async () => {
    const u = await t.newUser();
    for (let i = 0; i < 40; i++)
      await u.call('POST', '/api/v1/checkins', {
        recordedAt: `${day(i)}T08:00:00Z`,
        pain: (i % 3 === 0 ? 6 : 3) + (i % 2),
        sleepHours: i % 3 === 0 ? 5 : 8,
      });
    const url = `/api/v1/insights?from=${day(0)}&to=${day(39)}`;
    const de = await askIn(t, u, 'de-DE', 'GET', url);
    expect(de.headers['content-language']).toBe('de');
    const sleepDe = find(de.json.drivers, 'sleepHours', 1) as Driver & { label: string; sentence: string };
    expect(sleepDe.label).toBe('Schlafdauer');
    expect(sleepDe.sentence).toMatch(/^Pro Stunde Schlaf mehr in der Nacht davor waren deine Schmerzen/);
    expect(de.json.trend.sentence).toMatch(/Schmerzen/);
    const es = await askIn(t, u, 'es', 'GET', url);
    const sleepEs = find(es.json.drivers, 'sleepHours', 1) as Driver & { label: string; sentence: string };
    expect(sleepEs.label).toBe('horas de sueño');
    expect(sleepEs.sentence).toMatch(/^Por cada hora de sueño más la noche anterior, tu dolor fue/);
  });

  it("says there is not enough data yet for a new user, and never shows another user's", async () => {
    const u = await t.newUser();
    const res = await u.call('GET', `/api/v1/insights?from=${day(0)}&to=${day(79)}`);
    expect(res.json.days).toBe(0);
    expect(res.json.drivers.every((d: { status: string }) => d.status === 'insufficient_data')).toBe(true);
  });

  it('tests exercise sessions, breaks taken and imported daily metrics as drivers', async () => {
    const u = await t.newUser();
    await seedMovement(u);
    const res = await u.call('GET', `/api/v1/insights?from=${day(0)}&to=${day(59)}`);
    expect(res.status).toBe(200);
    const drivers: Driver[] = res.json.drivers;
    // A session yesterday → pain 3 today, none → 5: exactly 2 points lower.
    const sessions = find(drivers, 'exerciseSessions', 1);
    expect(sessions).toMatchObject({ n: 59, status: 'likely', label: 'exercise sessions' });
    expect(sessions?.effect).toBeCloseTo(-2, 6);
    expect(find(drivers, 'exerciseMinutes', 1)?.n).toBe(59);
    // Breaks: 20 days with one, the other 40 count as none (the feature was in use from day 0).
    expect(find(drivers, 'breaksTaken', 0)).toMatchObject({ n: 60, label: 'movement breaks' });
    expect(find(drivers, 'steps', 0)).toMatchObject({ n: 60, label: 'steps' });
    // Imported sleep fills the 12 days without sleep in a check-in: 60 nights known, not 48.
    expect(find(drivers, 'sleepHours', 1)?.n).toBe(60);
  });

  it('gives every driver its lesson, and turns relaxation sessions into relaxation minutes from the first one', async () => {
    const u = await t.newUser();
    const felt = { painBefore: 4, painAfter: 3, effort: 2, rating: 'about_right' };
    // 40 days of check-ins; relaxation from day 10 on: 10 minutes of breathing on even days (pain 3), none on
    // odd days (pain 6), plus a morning routine every day, which must not count as relaxation.
    for (let i = 0; i < 40; i++) {
      const relaxed = i >= 10 && i % 2 === 0;
      await u.call('POST', '/api/v1/checkins', {
        recordedAt: `${day(i)}T20:00:00Z`,
        pain: relaxed ? 3 : 6,
        sleepHours: 6 + (i % 3),
      });
      const morning = await u.call('POST', '/api/v1/sessions', {
        id: crypto.randomUUID(),
        routineId: 'morning-5',
        startedAt: `${day(i)}T07:00:00+01:00`,
        endedAt: `${day(i)}T07:05:00+01:00`,
        ...felt,
      });
      expect(morning.status, JSON.stringify(morning.json)).toBe(201);
      if (relaxed) {
        const res = await u.call('POST', '/api/v1/sessions', {
          id: crypto.randomUUID(),
          routineId: 'relax-breathing-5',
          startedAt: `${day(i)}T12:00:00+01:00`,
          endedAt: `${day(i)}T12:10:00+01:00`,
          ...felt,
        });
        expect(res.status).toBe(201);
      }
    }
    const res = await u.call('GET', `/api/v1/insights?from=${day(0)}&to=${day(39)}`);
    expect(res.status).toBe(200);
    const drivers: (Driver & { label: string; lessonId: string })[] = res.json.drivers;
    for (const d of drivers) expect(d.lessonId, d.driver).toMatch(/^[a-z0-9-]+$/);
    expect(find(drivers, 'sleepHours', 1)).toMatchObject({ lessonId: 'sleep-pain-loop' });
    // Known from day 10 (the first session) to day 39: 30 days, 15 of them with 10 minutes.
    const relax = find(drivers, 'relaxMinutes', 0);
    expect(relax).toMatchObject({ n: 30, label: 'relaxation minutes', lessonId: 'tension-and-mindfulness' });
    // Per 10 minutes of relaxation, pain 3 points lower the same day.
    expect(relax?.effect).toBeCloseTo(-3, 6);
    // The morning routine counts as exercise, from day 0.
    expect(find(drivers, 'exerciseMinutes', 0)?.n).toBe(40);
  });

  it("never shows another user's sessions, breaks or imported metrics", async () => {
    const a = await t.newUser();
    await seedMovement(a);
    const b = await t.newUser();
    for (let i = 0; i < 30; i++)
      await b.call('POST', '/api/v1/checkins', { recordedAt: `${day(i)}T08:00:00Z`, pain: i % 4 });
    const res = await b.call('GET', `/api/v1/insights?from=${day(0)}&to=${day(59)}`);
    expect(res.json.days).toBe(30);
    const ids = new Set(res.json.drivers.map((d: Driver) => d.driver));
    expect(ids).toEqual(new Set());
    expect(res.json.cycle.periods).toBe(0);
  });

  it('gives pain by cycle day and phase when periods are logged', async () => {
    const u = await t.newUser();
    for (const start of [0, 28, 56])
      expect(
        (await u.call('POST', '/api/v1/periods', { startDate: day(start), endDate: day(start + 4) })).status,
      ).toBe(201);
    for (let i = 0; i < 84; i++)
      await u.call('POST', '/api/v1/checkins', {
        recordedAt: `${day(i)}T08:00:00Z`,
        pain: i % 28 < 3 ? 7 : 3,
      });
    const res = await u.call('GET', `/api/v1/insights?from=${day(0)}&to=${day(83)}`);
    expect(res.json.cycle.periods).toBe(3);
    expect(res.json.cycle.byDay[0]).toEqual({ day: 1, n: 3, meanPain: 7, phase: 'menstrual' });
    expect(res.json.cycle.byStage.length).toBeGreaterThan(0);
    expect(find(res.json.drivers, 'cyclePhase:menstrual', 0)?.n).toBeGreaterThan(0);
  });

  it('rejects a reversed range and an unknown parameter', async () => {
    const u = await t.newUser();
    expect((await u.call('GET', `/api/v1/insights?from=${day(5)}&to=${day(1)}`)).status).toBe(400);
    expect((await u.call('GET', `/api/v1/insights?from=${day(0)}&to=${day(1)}&lag=3`)).status).toBe(400);
  });
});
