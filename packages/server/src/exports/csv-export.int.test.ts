import { dailyMetricNames } from '@spinekind/core';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';
import { exportXml, sampleExportXml } from '../test/apple-health-fixtures.js';

const t = await makeTestApp({ clock: () => new Date('2026-03-20T12:00:00Z') });

async function csvOf(u: TestUser, type: string) {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/export?format=csv&type=${type}`,
    headers: { cookie: u.cookie },
  });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
  expect(res.headers['content-disposition']).toBe(`attachment; filename="spinekind-${type}-2026-03-20.csv"`);
  expect(res.body.startsWith('\uFEFF')).toBe(true);
  const [header = [], ...rows] = parse(res.body, { bom: true }) as string[][];
  const records = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
  return { header, records };
}

async function importApple(u: TestUser, xml: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/import/apple-health',
    headers: { cookie: u.cookie, 'content-type': 'application/xml' },
    payload: xml,
  });
  expect(res.statusCode).toBe(200);
}

const metricHeader = ['localDate', 'source', ...dailyMetricNames];

describe('CSV export of imported daily values', () => {
  it('has one row per day with a column per metric, the values Apple Health brought in', async () => {
    const a = await t.newUser();
    await importApple(a, sampleExportXml());
    const { header, records } = await csvOf(a, 'daily-metrics');
    expect(header).toEqual(metricHeader);
    expect(header).toEqual(
      expect.arrayContaining([
        'steps',
        'sleepHours',
        'weightKg',
        'waistCm',
        'hotFlushes',
        'symptom:lowerBackPain',
      ]),
    );
    expect(records.map((r) => [r.localDate, r.source])).toEqual([
      ['2024-01-15', 'apple-health'],
      ['2024-01-16', 'apple-health'],
    ]);
    const [jan15, jan16] = records;
    expect(jan15).toMatchObject({
      steps: '2000',
      sleepHours: '',
      weightKg: '69.85',
      waistCm: '80.01',
      hotFlushes: '3',
      'symptom:lowerBackPain': '2',
      'symptom:headache': '1',
      'symptom:fatigue': '',
    });
    expect(jan16).toMatchObject({
      steps: '3000',
      sleepHours: '7.5',
      weightKg: '',
      hotFlushes: '0',
      'symptom:lowerBackPain': '3',
      'symptom:nightSweats': '2',
    });

    // Importing the same export again changes nothing in the file.
    await importApple(a, sampleExportXml());
    expect((await csvOf(a, 'daily-metrics')).records).toEqual(records);
  });

  it("never shows another user's values: B sees only her own day, A's file is unchanged", async () => {
    const a = await t.newUser();
    await importApple(a, sampleExportXml());
    const before = await csvOf(a, 'daily-metrics');

    const b = await t.newUser();
    const empty = await csvOf(b, 'daily-metrics');
    expect(empty.header).toEqual(metricHeader);
    expect(empty.records).toEqual([]);

    await importApple(
      b,
      exportXml([
        {
          type: 'HKQuantityTypeIdentifierStepCount',
          value: '4321',
          unit: 'count',
          startDate: '2024-02-03 10:00:00 +0000',
        },
      ]),
    );
    const own = await csvOf(b, 'daily-metrics');
    expect(own.records).toHaveLength(1);
    expect(own.records[0]).toMatchObject({ localDate: '2024-02-03', steps: '4321', weightKg: '' });
    expect(await csvOf(a, 'daily-metrics')).toEqual(before);
  });
});

describe('CSV export of desk checks', () => {
  it('has the score, a score per area, the top fixes and every answer; only for its owner', async () => {
    const a = await t.newUser();
    const questions = (await a.call('GET', '/api/v1/ergonomics/questions')).json.items as {
      id: string;
      options: { value: string }[];
    }[];
    // The last option of each question: the answers that lose points, so there are fixes to list.
    const answers = Object.fromEntries(questions.map((q) => [q.id, q.options.at(-1)?.value]));
    const posted = await a.call('POST', '/api/v1/ergonomics', { answers });
    expect(posted.status).toBe(201);
    const check = posted.json.check;
    expect(check.topFixes.length).toBeGreaterThan(0);

    const { header, records } = await csvOf(a, 'desk-checks');
    expect(header.slice(0, 4)).toEqual(['id', 'createdAt', 'score', 'score:breaks']);
    expect(header).toContain('topFix1');
    expect(header.filter((h) => h.startsWith('answer:'))).toHaveLength(questions.length);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      id: check.id,
      score: String(check.score),
      topFix1: check.topFixes[0],
      [`answer:${questions[0]?.id}`]: answers[questions[0]?.id as string],
    });
    for (const area of check.areas as { area: string; score: number }[])
      expect(records[0]?.[`score:${area.area}`]).toBe(String(area.score));

    const b = await t.newUser();
    expect((await csvOf(b, 'desk-checks')).records).toEqual([]);
  });
});

describe('CSV export of strength sets', () => {
  it('has one row per logged set with its load and effort; sessions without sets add none', async () => {
    const u = await t.newUser();
    const base = {
      startedAt: '2026-03-06T18:00:00Z',
      endedAt: '2026-03-06T18:30:00Z',
      painBefore: 2,
      painAfter: 2,
      effort: 6,
      rating: 'about_right',
    };
    const logged = await u.call('POST', '/api/v1/sessions', {
      ...base,
      routineId: 'bone-strength',
      exercises: [
        {
          exerciseId: 'sit-to-stand',
          done: true,
          sets: [
            { reps: 10, loadKg: 4.5, rpe: 6 },
            { reps: 8, bodyweight: true },
          ],
        },
        { exerciseId: 'band-row', done: true, sets: [{ reps: 12, band: 'red', rpe: 5 }] },
      ],
    });
    await u.call('POST', '/api/v1/sessions', { ...base, routineId: 'morning-5' });
    const { header, records } = await csvOf(u, 'strength-sets');
    expect(header).toEqual([
      'date',
      'sessionId',
      'exerciseId',
      'set',
      'reps',
      'seconds',
      'loadKg',
      'band',
      'bodyweight',
      'rpe',
    ]);
    expect(records).toHaveLength(3);
    expect(records[0]).toMatchObject({
      date: '2026-03-06',
      sessionId: logged.json.session.id,
      exerciseId: 'sit-to-stand',
      set: '1',
      reps: '10',
      loadKg: '4.5',
      rpe: '6',
    });
    expect(records[1]).toMatchObject({ set: '2', loadKg: '', bodyweight: 'true' });
    expect(records[2]).toMatchObject({ exerciseId: 'band-row', band: 'red' });
  });
});
