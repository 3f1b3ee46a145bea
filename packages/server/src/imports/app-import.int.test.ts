import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { periods } from '../cycle/table.js';
import { makeTestApp, type TestUser } from '../test/app.js';
import { importedMetrics, postImport } from '../test/app-imports.js';
import { dailyMetrics, importedNotes } from './table.js';

const t = await makeTestApp();
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../test/fixtures/imports', name));

const post = (user: TestUser, source: string, file: Buffer | string, type: string, query: string) =>
  postImport(t, user, source, file, type, query);
const csv = (user: TestUser, source: string, name: string, query = 'dryRun=false') =>
  post(user, source, fixture(name), 'text/csv', query);
const json = (user: TestUser, source: string, name: string, query = 'dryRun=false') =>
  post(user, source, fixture(name), 'application/json', query);

const metricsOf = (user: TestUser, source: string) => importedMetrics(t, user, source);
const notesOf = (user: TestUser) =>
  t.database.db.select().from(importedNotes).where(eq(importedNotes.userId, user.id));
const periodsOf = (user: TestUser) =>
  t.database.db
    .select({ startDate: periods.startDate, endDate: periods.endDate, flow: periods.flow })
    .from(periods)
    .where(eq(periods.userId, user.id));

describe('POST /import/bearable', () => {
  it('maps sleep, mood, symptoms 0–3, water and weight, and keeps her notes', async () => {
    const user = await t.newUser();
    const res = await csv(user, 'bearable', 'bearable.csv');
    expect(res.status).toBe(200);
    expect(await metricsOf(user, 'bearable')).toEqual({
      '2024-03-03 sleepHours': 7.5,
      '2024-03-03 moodRating': 3,
      '2024-03-03 energyRating': 3,
      '2024-03-03 symptom:lowerBackPain': 3,
      '2024-03-03 symptom:headache': 1,
      '2024-03-03 waterGlasses': 6,
      '2024-03-04 sleepHours': 6.25,
      '2024-03-04 weightKg': 68.4,
      '2024-03-04 hotFlushes': 1,
    });
    expect((await notesOf(user)).map((n) => [n.localDate, n.source, n.text])).toEqual([
      ['2024-03-03', 'bearable', 'Stiff in the morning, better after a walk'],
    ]);
    expect(res.json).toMatchObject({ source: 'bearable', days: 2, from: '2024-03-03', to: '2024-03-04' });
  });

  it('her notes from the app travel in the JSON backup and come back on restore', async () => {
    const user = await t.newUser();
    expect((await csv(user, 'bearable', 'bearable.csv')).status).toBe(200);
    const backup = (await user.call('GET', '/api/v1/export?format=json')).json as {
      importedNotes: { localDate: string; source: string; text: string }[];
    };
    const notes = (await notesOf(user)).map((n) => [n.localDate, n.source, n.text]);
    expect(notes.length).toBeGreaterThan(0);
    expect(backup.importedNotes.map((n) => [n.localDate, n.source, n.text])).toEqual(notes);
    const other = await t.newUser();
    expect((await other.call('POST', '/api/v1/import', backup)).status).toBe(200);
    expect((await notesOf(other)).map((n) => [n.localDate, n.source, n.text])).toEqual(notes);
  });

  it('her notes from the app are listed by day for History and exported as their own CSV, hers only', async () => {
    const user = await t.newUser();
    expect((await csv(user, 'bearable', 'bearable.csv')).status).toBe(200);
    const listed = await user.call('GET', '/api/v1/imported-notes?from=2024-03-01&to=2024-03-31');
    expect(listed.status).toBe(200);
    expect(listed.json).toEqual({
      items: [
        { localDate: '2024-03-03', source: 'bearable', text: 'Stiff in the morning, better after a walk' },
      ],
    });
    const before = await user.call('GET', '/api/v1/imported-notes?from=2024-03-04&to=2024-03-31');
    expect(before.json).toEqual({ items: [] });
    const other = await t.newUser();
    expect((await other.call('GET', '/api/v1/imported-notes?from=2024-03-01&to=2024-03-31')).json).toEqual({
      items: [],
    });
    expect((await user.call('GET', '/api/v1/imported-notes?from=2024-03-31&to=2024-03-01')).status).toBe(400);
    const file = await t.app.inject({
      method: 'GET',
      url: '/api/v1/export?format=csv&type=imported-notes',
      headers: { cookie: user.cookie },
    });
    expect(file.statusCode).toBe(200);
    expect(
      file.body
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .slice(0, 2),
    ).toEqual(['localDate,source,text', '2024-03-03,bearable,"Stiff in the morning, better after a walk"']);
  });

  it('stores no doses: Meds/Supplements rows, their detail and notes stay out, and the summary says so', async () => {
    const user = await t.newUser();
    const res = await csv(user, 'bearable', 'bearable.csv');
    expect(res.json.notImported).toContainEqual({
      what: 'Meds/Supplements entries',
      count: 1,
      why: 'Spinekind keeps no medicines or doses from other apps',
    });
    const stored = JSON.stringify([await metricsOf(user, 'bearable'), await notesOf(user)]);
    expect(stored).not.toMatch(/ibuprofen|400mg|with food/i);
  });

  it('reads the older header with dates like 23rd Jul 2020; Unbearable and Extreme are 3', async () => {
    const user = await t.newUser();
    const res = await csv(user, 'bearable', 'bearable-old.csv');
    expect(res.status).toBe(200);
    expect(await metricsOf(user, 'bearable')).toEqual({
      '2020-07-23 sleepHours': 8.083,
      '2020-07-23 symptom:lowerBackPain': 3,
      '2020-08-01 symptom:fatigue': 3,
    });
    expect((await notesOf(user))[0]?.text).toBe('Gardening, then lifting the pots');
  });

  it('a dry run answers counts and writes nothing; a second import adds nothing', async () => {
    const user = await t.newUser();
    const dry = await csv(user, 'bearable', 'bearable.csv', 'dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.json).toMatchObject({ dryRun: true, newValues: 9, alreadyPresent: 0 });
    expect(dry.json.counts['symptom:lowerBackPain']).toBe(2);
    expect(await metricsOf(user, 'bearable')).toEqual({});
    expect(await notesOf(user)).toEqual([]);

    await csv(user, 'bearable', 'bearable.csv');
    const before = await t.database.db.select().from(dailyMetrics).where(eq(dailyMetrics.userId, user.id));
    const again = await csv(user, 'bearable', 'bearable.csv');
    expect(again.json).toMatchObject({ newValues: 0, alreadyPresent: 9 });
    const after = await t.database.db.select().from(dailyMetrics).where(eq(dailyMetrics.userId, user.id));
    expect(after).toEqual(before);
  });

  it('a file with bad rows imports nothing, and lists each bad row with its line', async () => {
    const user = await t.newUser();
    const res = await csv(user, 'bearable', 'bearable-bad.csv');
    expect(res.status).toBe(400);
    expect(res.json.error.details).toEqual([
      { path: 'line.3', message: '"2024-02-31" is not a date Spinekind can read.' },
      { path: 'line.4', message: '"seven hours" is not a sleep time like 7:30.' },
    ]);
    expect(await metricsOf(user, 'bearable')).toEqual({});
    const some = await csv(user, 'bearable', 'bearable-bad.csv', 'dryRun=false&skipBadRows=true');
    expect(some.status).toBe(200);
    expect(await metricsOf(user, 'bearable')).toEqual({ '2024-03-03 sleepHours': 7.5 });
  });

  it('refuses a file that is not a Bearable export (and from the multipart field too)', async () => {
    const user = await t.newUser();
    const res = await csv(user, 'bearable', 'drip.csv');
    expect(res.status).toBe(400);
    expect(res.json.error.message).toMatch(/Bearable/);
    const boundary = '----spinekind-app-import';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="b.csv"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      fixture('bearable-old.csv'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const form = await post(
      user,
      'bearable',
      body,
      `multipart/form-data; boundary=${boundary}`,
      'dryRun=true',
    );
    expect(form.status).toBe(200);
    expect(form.json.newValues).toBe(3);
  });
});

describe('POST /import/drip', () => {
  it('matches columns by name in any order: bleeding → a period, backache → a symptom day, notes kept', async () => {
    const user = await t.newUser();
    const res = await csv(user, 'drip', 'drip.csv');
    expect(res.status).toBe(200);
    expect(await periodsOf(user)).toEqual([
      { startDate: '2024-04-01', endDate: '2024-04-03', flow: 'heavy' },
    ]);
    expect(await metricsOf(user, 'drip')).toEqual({
      '2024-04-02 symptom:headache': 1,
      '2024-04-02 symptom:lowerBackPain': 1,
      '2024-04-03 symptom:lowerBackPain': 1,
    });
    expect((await notesOf(user)).map((n) => n.text).sort()).toEqual([
      'Long day, sore back',
      'lower back, both sides',
    ]);
    expect(res.json.notImported.map((n: { what: string }) => n.what)).toEqual(
      expect.arrayContaining([
        'Bleeding days marked "exclude"',
        'Column "mood.stressed"',
        'Temperature entries',
      ]),
    );
  });

  it('never overwrites a period she logged herself', async () => {
    const user = await t.newUser();
    const own = await user.call('POST', '/api/v1/periods', {
      startDate: '2024-04-02',
      endDate: '2024-04-05',
    });
    expect(own.status).toBe(201);
    const res = await csv(user, 'drip', 'drip.csv');
    expect(res.json).toMatchObject({ periods: 0, periodsAlreadyLogged: 1 });
    expect(await periodsOf(user)).toEqual([{ startDate: '2024-04-02', endDate: '2024-04-05', flow: null }]);
  });
});

describe('POST /import/clue and /import/flo', () => {
  it("reads Clue's measurements.json: period flow (spotting after it does not lengthen it), lower back pain, cramps, tiredness", async () => {
    const user = await t.newUser();
    const res = await json(user, 'clue', 'clue-measurements.json');
    expect(res.status).toBe(200);
    expect(await periodsOf(user)).toEqual([
      { startDate: '2024-05-01', endDate: '2024-05-03', flow: 'heavy' },
    ]);
    expect(await metricsOf(user, 'clue')).toEqual({
      '2024-05-02 symptom:lowerBackPain': 1,
      '2024-05-02 symptom:abdominalCramps': 1,
      '2024-05-02 symptom:fatigue': 1,
      '2024-05-06 symptom:headache': 1,
    });
  });

  it("reads Clue's older .cluedata and names its bad entry", async () => {
    const user = await t.newUser();
    const res = await json(user, 'clue', 'clue-old.cluedata', 'dryRun=true');
    expect(res.json.errors).toEqual([{ line: 3, message: 'The day has no date like 2024-03-21.' }]);
    expect(res.json.counts).toMatchObject({ bleeding: 2, periods: 1, 'symptom:headache': 1 });
  });

  it("reads Flo's cycles and Backache events; pregnancy-free cycles become periods", async () => {
    const user = await t.newUser();
    const res = await json(user, 'flo', 'flo.json');
    expect(res.status).toBe(200);
    expect(await periodsOf(user)).toEqual(
      expect.arrayContaining([
        { startDate: '2018-10-22', endDate: '2018-10-26', flow: null },
        { startDate: '2018-11-19', endDate: '2018-11-23', flow: null },
      ]),
    );
    expect(await metricsOf(user, 'flo')).toEqual({ '2018-10-23 symptom:lowerBackPain': 1 });
    expect((await notesOf(user))[0]?.text).toBe('Back hurt after the long drive');
  });
});

describe('POST /import/fhir', () => {
  it('maps sleep, weight and steps with their UCUM units; a unit it cannot check is a row error', async () => {
    const user = await t.newUser();
    const dry = await json(user, 'fhir', 'fhir-bundle.json', 'dryRun=true');
    expect(dry.json.errors).toEqual([
      { line: 5, message: 'The unit "stone" is not a UCUM unit Spinekind reads for weightKg.' },
    ]);
    const res = await json(user, 'fhir', 'fhir-bundle.json', 'dryRun=false&skipBadRows=true');
    expect(res.status).toBe(200);
    expect(await metricsOf(user, 'fhir')).toEqual({
      '2024-06-01 sleepHours': 7,
      '2024-06-01 weightKg': 68.04,
      '2024-06-01 steps': 8412,
    });
  });
});
