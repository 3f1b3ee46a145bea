import { randomUUID } from 'node:crypto';
import { csvImportBodySchema } from '@spinekind/core';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { checkins } from '../checkins/table.js';
import { legacyNameId } from '../db/name-id.js';
import { userScope } from '../db/scope.js';
import { makeTestApp, type TestUser } from '../test/app.js';
import { planCheckinImport } from './csv.js';

const t = await makeTestApp({ clock: () => new Date('2026-03-20T12:00:00Z') });

async function csvOf(u: TestUser, type: string) {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/export?format=csv&type=${type}`,
    headers: { cookie: u.cookie },
  });
  return { status: res.statusCode, headers: res.headers, body: res.body };
}
const importCsv = (u: TestUser, body: Record<string, unknown>) =>
  u.call('POST', '/api/v1/import/csv?type=checkins', { dryRun: false, ...body });
const historyOf = async (u: TestUser) =>
  (await u.call('GET', '/api/v1/checkins?from=2026-01-01&to=2026-03-31')).json.items.map(
    ({ createdAt: _c, updatedAt: _u, ...rest }: Record<string, unknown>) => rest,
  );

async function fill(u: TestUser) {
  for (let d = 1; d <= 6; d++) {
    await u.call('POST', '/api/v1/checkins', {
      id: randomUUID(),
      recordedAt: `2026-03-0${d}T07:45:00-05:00`,
      pain: d,
      painWorst: d + 2,
      bodyAreas: d % 2 ? ['lower_back_centre', 'hip_left'] : [],
      sleepHours: 6 + d / 4,
      nightSweats: d === 2,
      bleeding: d === 3 ? 'light' : null,
      foods: d === 4 ? ['oily_fish'] : null,
      weightKg: 70.25,
      notes: d === 3 ? '=1+1, "quoted"\nsecond line, ünïcode ✓' : null,
    });
  }
}

describe('CSV export', () => {
  it('answers a CSV file with a BOM, one header row and a dated file name', async () => {
    const u = await t.newUser();
    await fill(u);
    const res = await csvOf(u, 'checkins');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="spinekind-checkins-2026-03-20.csv"',
    );
    expect(res.body.startsWith('\uFEFFid,recordedAt,localDate,source,pain,painWorst,bodyAreas,')).toBe(true);
    expect(res.body).toContain(',lower_back_centre;hip_left,');
    expect(res.body).toContain(`"'=1+1, ""quoted""\nsecond line, ünïcode ✓"`);
  });

  it('exports every other record type with its documented header', async () => {
    const u = await t.newUser();
    await u.call('POST', '/api/v1/periods', {
      startDate: '2026-02-20',
      endDate: '2026-02-24',
      flow: 'light',
    });
    await u.call('POST', '/api/v1/treatments', { kind: 'physio', name: 'Physio', startDate: '2026-01-05' });
    await u.call('POST', '/api/v1/instruments/mrs/responses', {
      answers: [1, 2, 0, 1, 2, 3, 0, 1, 0, 2, 1],
      completedAt: '2026-03-04T21:00:00Z',
    });
    await u.call('POST', '/api/v1/screenings', {
      recordedAt: '2026-03-05T08:00:00Z',
      input: { age: 47, answers: { fever: true, pain_weeks: 3 } },
    });
    await u.call('POST', '/api/v1/sessions', {
      routineId: 'morning-5',
      startedAt: '2026-03-06T07:30:00-05:00',
      endedAt: '2026-03-06T07:36:00-05:00',
      painBefore: 4,
      painAfter: 3,
      effort: 5,
      rating: 'about_right',
      notes: '+ felt good',
    });
    const firstLine = async (type: string) => (await csvOf(u, type)).body.split('\r\n').slice(0, 2);
    expect((await firstLine('periods'))[0]).toBe('\uFEFFid,startDate,endDate,flow,notes,source');
    expect((await firstLine('treatments'))[1]).toMatch(/,physio,Physio,2026-01-05,,$/);
    expect((await firstLine('questionnaires'))[1]).toMatch(
      /,mrs,2026-03-04T21:00:00.000Z,2026-03-04,13,[a-z]+,1;2;0;1;2;3;0;1;0;2;1,/,
    );
    expect((await firstLine('screenings'))[1]).toMatch(/,47,3,fever,/);
    expect((await firstLine('sessions'))[0]).toBe(
      '\uFEFFid,routineId,startedAt,endedAt,localDate,exercises,painBefore,painAfter,effort,rating,notes',
    );
    expect((await firstLine('sessions'))[1]).toMatch(
      /,morning-5,2026-03-06T07:30:00.000-05:00,2026-03-06T07:36:00.000-05:00,2026-03-06,,4,3,5,about_right,'\+ felt good$/,
    );
    expect((await firstLine('breaks'))[0]).toBe('\uFEFFid,at,action,routineId');
    expect((await u.call('GET', '/api/v1/export?format=csv')).status).toBe(400);
    expect((await u.call('GET', '/api/v1/export?format=csv&type=moods')).status).toBe(400);
  });
});

describe('CSV import of check-ins', () => {
  it('round trip: export, import into a new account, identical check-ins; a second import adds nothing', async () => {
    const a = await t.newUser();
    await fill(a);
    const csv = (await csvOf(a, 'checkins')).body;
    const b = await t.newUser();
    const dry = await b.call('POST', '/api/v1/import/csv?type=checkins', { csv, dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.json).toMatchObject({
      rows: 6,
      valid: 6,
      new: 6,
      errors: [],
      missingFields: [],
      unmappedColumns: ['localDate', 'source'],
    });
    expect(dry.json.matches.every((m: { how: string }) => m.how === 'exact')).toBe(true);
    expect(await historyOf(b)).toEqual([]);

    const res = await importCsv(b, { csv });
    expect(res.json).toMatchObject({ imported: { checkins: 6 }, alreadyPresent: 0 });
    expect(await historyOf(b)).toEqual(await historyOf(a));
    const again = await importCsv(b, { csv });
    expect(again.json).toMatchObject({ imported: { checkins: 0 }, alreadyPresent: 6 });
    expect(await historyOf(b)).toHaveLength(6);
  });

  it('reports bad rows with their row numbers and imports nothing', async () => {
    const u = await t.newUser();
    const csv = [
      'recordedAt,pain,bodyAreas',
      '2026-03-01T08:00:00Z,4,neck',
      '2026-03-02T08:00:00Z,11,neck',
      '2026-03-03T08:00:00Z,3,knee',
      'yesterday,3,',
      '2026-03-05T08:00:00Z,,neck',
    ].join('\n');
    const dry = await u.call('POST', '/api/v1/import/csv?type=checkins', { csv, dryRun: true });
    expect(dry.json.valid).toBe(1);
    expect(dry.json.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, 'pain'],
      [4, 'bodyAreas'],
      [5, 'recordedAt'],
      [6, 'pain'],
    ]);
    expect(dry.json.errors[0].message).toBe('Pain must be 10 or less.');
    expect(dry.json.preview.map((p: { status: string }) => p.status)).toEqual([
      'new',
      'error',
      'error',
      'error',
      'error',
    ]);
    expect(dry.json.preview[1]).toEqual({
      row: 3,
      status: 'error',
      cells: { recordedAt: '2026-03-02T08:00:00Z', pain: '11' },
    });

    const res = await importCsv(u, { csv });
    expect(res.status).toBe(400);
    expect(res.json.error.message).toBe('4 rows have problems; nothing was imported.');
    expect(res.json.error.details[0]).toEqual({ path: 'rows.3.pain', message: 'Pain must be 10 or less.' });
    expect(await historyOf(u)).toEqual([]);

    const partial = await importCsv(u, { csv, accept: 'valid_rows' });
    expect(partial.json).toMatchObject({ imported: { checkins: 1 }, skippedRows: 4 });
    expect((await historyOf(u)).map((c: { pain: number }) => c.pain)).toEqual([4]);
  });

  it("maps another app's headers, with dates in the device's offset, and takes a mapping the user chose", async () => {
    const u = await t.newUser();
    const csv =
      'Date;Pain (0-10);Sleep (hours);Hot flashes;Mood note;Mood note\n2026-03-01;5;6,5;2;ok;fine\n2026-03-02 21:30;3;8;0;;\n';
    const dry = await u.call('POST', '/api/v1/import/csv?type=checkins', {
      csv,
      dryRun: true,
      utcOffset: '+01:00',
    });
    expect(dry.json.suggestedMapping).toEqual({
      recordedAt: 'Date',
      pain: 'Pain (0-10)',
      sleepHours: 'Sleep (hours)',
      hotFlushes: 'Hot flashes',
    });
    expect(dry.json.duplicateColumns).toEqual(['Mood note']);
    expect(dry.json.unmappedColumns).toEqual(['Mood note', 'Mood note (2)']);
    const mapping = { ...dry.json.suggestedMapping, notes: 'Mood note (2)' };
    const res = await importCsv(u, { csv, mapping, utcOffset: '+01:00' });
    expect(res.json.imported.checkins).toBe(2);
    const items = await historyOf(u);
    expect(
      items.map((c: Record<string, unknown>) => [c.recordedAt, c.pain, c.sleepHours, c.hotFlushes, c.notes]),
    ).toEqual([
      ['2026-03-01T12:00:00.000+01:00', 5, 6.5, 2, 'fine'],
      ['2026-03-02T21:30:00.000+01:00', 3, 8, 0, null],
    ]);
    expect((await importCsv(u, { csv, mapping, utcOffset: '+01:00' })).json.imported.checkins).toBe(0);
  });

  it('recognises rows an import before December 2026 stored under its older ids: a re-import adds nothing', async () => {
    const u = await t.newUser();
    const csv = 'Date,Pain\n2026-03-01,5\n2026-03-02,3\n';
    const scope = userScope(t.database.db, u.id);
    const body = csvImportBodySchema.parse({ csv, dryRun: false, utcOffset: '+00:00' });
    const plan = await planCheckinImport(body, scope, new Date());
    expect((await importCsv(u, { csv, utcOffset: '+00:00' })).json.imported.checkins).toBe(2);
    // What the older importer stored: the same rows, under its hash-only ids.
    for (const r of plan.ready) {
      const legacy = legacyNameId.csvCheckin(JSON.stringify(r.input, Object.keys(r.input).sort()));
      await t.database.db.update(checkins).set({ id: legacy }).where(eq(checkins.id, r.id));
    }
    const again = await importCsv(u, { csv, utcOffset: '+00:00' });
    expect(again.json).toMatchObject({ imported: { checkins: 0 }, alreadyPresent: 2 });
    expect(await historyOf(u)).toHaveLength(2);
  });

  it('refuses a mapping onto unknown fields or columns, or one column feeding two fields', async () => {
    const u = await t.newUser();
    const csv = 'when,pain\n2026-03-01T08:00:00Z,4\n';
    const bad = async (mapping: Record<string, string>) =>
      (await u.call('POST', '/api/v1/import/csv?type=checkins', { csv, dryRun: true, mapping })).json.error;
    expect((await bad({ recordedAt: 'when', mood2: 'pain' })).details[0].message).toBe(
      'There is no field called "mood2".',
    );
    expect((await bad({ recordedAt: 'nope', pain: 'pain' })).details[0].message).toBe(
      'The file has no column called "nope".',
    );
    expect((await bad({ recordedAt: 'when', pain: 'pain', mood: 'pain' })).details[0].message).toBe(
      '"pain" already feeds pain.',
    );
    const missing = await importCsv(u, { csv: 'a,b\n1,2\n' });
    expect(missing.status).toBe(400);
    expect(missing.json.error.details.map((d: { path: string }) => d.path)).toEqual([
      'mapping.recordedAt',
      'mapping.pain',
    ]);
    expect((await u.call('POST', '/api/v1/import/csv?type=periods', { csv, dryRun: true })).status).toBe(400);
    expect(
      (await u.call('POST', '/api/v1/import/csv?type=checkins', { csv, dryRun: true, extra: 1 })).status,
    ).toBe(400);
  });

  it("never reads or writes another user's check-ins through a shared id", async () => {
    const a = await t.newUser();
    await fill(a);
    const csv = (await csvOf(a, 'checkins')).body;
    const b = await t.newUser();
    await importCsv(b, { csv });
    await b.call('DELETE', `/api/v1/checkins/${(await historyOf(b))[0].id}`);
    expect(await historyOf(a)).toHaveLength(6);
    const c = await t.newUser();
    expect((await csvOf(c, 'checkins')).body.split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('CSV dates in other layouts', () => {
  it('detects DD/MM/YYYY from a day above 12 and imports the dates as written', async () => {
    const u = await t.newUser();
    const csv = 'Date,Pain\n13/03/2026 08:30,4\n02/03/2026,5\n';
    const dry = await u.call('POST', '/api/v1/import/csv?type=checkins', { csv, dryRun: true });
    expect(dry.json).toMatchObject({
      dateFormat: 'DD/MM/YYYY',
      dateFormatChoices: ['DD/MM/YYYY'],
      errors: [],
    });
    const res = await importCsv(u, { csv });
    expect(res.json.imported.checkins).toBe(2);
    const items = (await historyOf(u)).map((c: { recordedAt: string }) => c.recordedAt).sort();
    expect(items).toEqual(['2026-03-02T12:00:00.000Z', '2026-03-13T08:30:00.000Z']);
  });

  it('asks when every date could be day/month or month/day, and imports once she says which', async () => {
    const u = await t.newUser();
    const csv = 'Date,Pain\n03/02/2026,4\n';
    const dry = await u.call('POST', '/api/v1/import/csv?type=checkins', { csv, dryRun: true });
    expect(dry.json).toMatchObject({ dateFormat: null, dateFormatChoices: ['DD/MM/YYYY', 'MM/DD/YYYY'] });
    const refused = await importCsv(u, { csv });
    expect(refused.status).toBe(400);
    expect(refused.json.error.details).toEqual([
      { path: 'dateFormat', message: 'One of DD/MM/YYYY, MM/DD/YYYY.' },
    ]);
    expect(await historyOf(u)).toEqual([]);
    const res = await importCsv(u, { csv, dateFormat: 'MM/DD/YYYY' });
    expect(res.json.imported.checkins).toBe(1);
    expect((await historyOf(u))[0].recordedAt).toBe('2026-03-02T12:00:00.000Z');
  });
});
