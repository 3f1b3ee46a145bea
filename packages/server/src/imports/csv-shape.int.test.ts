import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';

const t = await makeTestApp({ clock: () => new Date('2026-03-20T12:00:00Z') });

const importCsv = (u: TestUser, body: Record<string, unknown>) =>
  u.call('POST', '/api/v1/import/csv?type=checkins', { dryRun: false, ...body });
const diaryOf = async (u: TestUser) =>
  (await u.call('GET', '/api/v1/checkins?from=2026-01-01&to=2026-03-31')).json.items.map(
    (c: { recordedAt: string; pain: number; sleepHours: number | null; mood: number | null }) => ({
      recordedAt: c.recordedAt,
      pain: c.pain,
      sleepHours: c.sleepHours,
      mood: c.mood,
    }),
  );

const long = [
  'date,time,measure,value,unit',
  '2026-03-01,08:00,Pain,6,',
  '2026-03-01,08:00,Sleep,7.5,h',
  '2026-03-01,08:00,Mood,7,',
  '2026-03-02,08:30,Pain,3,',
  '2026-03-02,08:30,Pain,3,',
  '2026-03-02,08:30,Sleep,6,h',
].join('\n');

describe('CSV import of a long file (one row per measurement)', () => {
  it('reads date,time,measure,value as one check-in per date and time, maps the measures, imports once', async () => {
    const u = await t.newUser();
    const dry = await importCsv(u, { csv: long, dryRun: true, utcOffset: '+01:00' });
    expect(dry.status).toBe(200);
    expect(dry.json).toMatchObject({
      longFormat: {
        date: 'date',
        time: 'time',
        name: 'measure',
        value: 'value',
        ignoredColumns: ['unit'],
        measures: ['Pain', 'Sleep', 'Mood'],
        longRows: 6,
      },
      mapping: { recordedAt: 'date', pain: 'Pain', sleepHours: 'Sleep', mood: 'Mood' },
      rows: 2,
      new: 2,
      errors: [],
      scaleQuestions: [],
    });
    expect(dry.json.preview.map((p: { row: number }) => p.row)).toEqual([2, 5]);
    expect((await importCsv(u, { csv: long, utcOffset: '+01:00' })).status).toBe(200);
    expect(await diaryOf(u)).toEqual([
      { recordedAt: '2026-03-01T08:00:00.000+01:00', pain: 6, sleepHours: 7.5, mood: 7 },
      { recordedAt: '2026-03-02T08:30:00.000+01:00', pain: 3, sleepHours: 6, mood: null },
    ]);
    const again = await importCsv(u, { csv: long, utcOffset: '+01:00' });
    expect(again.json).toMatchObject({ imported: { checkins: 0 }, alreadyPresent: 2 });
  });

  it('a measure with two values at one moment is a problem on its row: nothing is chosen for her', async () => {
    const u = await t.newUser();
    const clash = `${long}\n2026-03-02,08:30,Pain,5,`;
    const dry = await importCsv(u, { csv: clash, dryRun: true });
    expect(dry.json.errors).toEqual([
      {
        row: 8,
        column: 'value',
        field: null,
        message: '"Pain" has two values at 2026-03-02 08:30: 3 (row 5) and 5.',
      },
    ]);
    expect(dry.json.new).toBe(1);
    expect((await importCsv(u, { csv: clash })).status).toBe(400);
    expect(await diaryOf(u)).toEqual([]);
  });
});

const fivePoint = ['Date,Pain (1-5),Mood', '2026-03-01,1,4', '2026-03-02,2,5', '2026-03-03,5,3'].join('\n');

describe('CSV import: a 0–10 field whose column holds 1–5', () => {
  it('asks how to read it, refuses to import until she says, and converts 1–5 to 0–10 when she chooses', async () => {
    const u = await t.newUser();
    const dry = await importCsv(u, { csv: fivePoint, dryRun: true });
    expect(dry.json.scaleQuestions).toEqual([
      { field: 'pain', column: 'Pain (1-5)', min: 1, max: 5, choice: null },
      { field: 'mood', column: 'Mood', min: 3, max: 5, choice: null },
    ]);
    const unanswered = await importCsv(u, { csv: fivePoint });
    expect(unanswered.status).toBe(400);
    expect(unanswered.json.error.details.map((d: { path: string }) => d.path)).toEqual([
      'rescale.pain',
      'rescale.mood',
    ]);
    expect(await diaryOf(u)).toEqual([]);

    const rescale = { pain: '1-5', mood: 'as-is' };
    const answered = await importCsv(u, { csv: fivePoint, dryRun: true, rescale });
    expect(answered.json.scaleQuestions.map((q: { choice: string }) => q.choice)).toEqual(['1-5', 'as-is']);
    expect(answered.json.preview[1].checkin).toMatchObject({ pain: 3, mood: 5 });
    expect((await importCsv(u, { csv: fivePoint, rescale })).status).toBe(200);
    expect((await diaryOf(u)).map((c: { pain: number; mood: number }) => [c.pain, c.mood])).toEqual([
      [0, 4],
      [3, 5],
      [10, 3],
    ]);
  });

  it('leaves a column out when she says so (pain left out means nothing can be imported)', async () => {
    const u = await t.newUser();
    const dry = await importCsv(u, {
      csv: fivePoint,
      dryRun: true,
      rescale: { pain: 'as-is', mood: 'leave-out' },
    });
    expect(dry.json.preview[0].checkin).toEqual(expect.not.objectContaining({ mood: expect.anything() }));
    expect(dry.json.preview[0].checkin).toMatchObject({ pain: 1 });
    const noPain = await importCsv(u, { csv: fivePoint, dryRun: true, rescale: { pain: 'leave-out' } });
    expect(noPain.json.missingFields).toEqual(['pain']);
  });

  it('never asks about a column with a 0 or a value above 5, nor about our own export', async () => {
    const u = await t.newUser();
    const zero = ['Date,Pain', '2026-03-01,0', '2026-03-02,3'].join('\n');
    expect((await importCsv(u, { csv: zero, dryRun: true })).json.scaleQuestions).toEqual([]);
    const own = ['id,recordedAt,localDate,pain', `,2026-03-01T08:00:00Z,2026-03-01,2`].join('\n');
    expect((await importCsv(u, { csv: own, dryRun: true })).json.scaleQuestions).toEqual([]);
  });
});
