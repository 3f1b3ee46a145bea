import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';

const t = await makeTestApp();
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../test/fixtures/imports', name));

/** A Bearable file POSTed as her, in the language a script (or the app) asks for. */
async function bearable(user: TestUser, name: string, query: string, language?: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/import/bearable?${query}`,
    headers: {
      cookie: user.cookie,
      'content-type': 'text/csv',
      ...(language ? { 'accept-language': language } : {}),
    },
    payload: fixture(name),
  });
  return { status: res.statusCode, json: res.json(), language: res.headers['content-language'] };
}

/** A CSV of check-ins POSTed as her, in the language asked for. */
async function checkinCsv(user: TestUser, body: Record<string, unknown>, language?: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/import/csv?type=checkins',
    headers: { cookie: user.cookie, ...(language ? { 'accept-language': language } : {}) },
    payload: body,
  });
  return { status: res.statusCode, json: res.json() };
}

describe('import previews and results in her language', () => {
  it('a Bearable dry run names what is left out, and why, in German; her own words stay as written', async () => {
    const user = await t.newUser();
    const res = await bearable(user, 'bearable.csv', 'dryRun=true', 'de');
    expect(res.status).toBe(200);
    expect(res.language).toBe('de');
    expect(res.json.notImported).toEqual(
      expect.arrayContaining([
        {
          what: 'Einträge unter Meds/Supplements',
          count: 1,
          why: 'Spinekind übernimmt keine Medikamente oder Dosierungen aus anderen Apps',
        },
        { what: 'Symptom "Tinnitus"', count: 1, why: 'Spinekind erfasst dieses Symptom noch nicht' },
        { what: 'Einträge "Factors"', count: 1, why: 'das erfasst Spinekind nicht' },
      ]),
    );
  });

  it('a Bearable dry run with bad rows answers each problem in German (and Spanish), the values as in her file', async () => {
    const user = await t.newUser();
    const de = await bearable(user, 'bearable-bad.csv', 'dryRun=true', 'de');
    expect(de.json.errors).toEqual([
      { line: 3, message: '"2024-02-31" ist kein Datum, das Spinekind lesen kann.' },
      { line: 4, message: '"seven hours" ist keine Schlafdauer wie 7:30.' },
    ]);
    const es = await bearable(user, 'bearable-bad.csv', 'dryRun=true', 'es');
    expect(es.json.errors[1]).toEqual({
      line: 4,
      message: '"seven hours" no es una duración de sueño como 7:30.',
    });
    // The real run refuses the file in German too (an error body, translated where errors leave).
    const real = await bearable(user, 'bearable-bad.csv', 'dryRun=false', 'de');
    expect(real.status).toBe(400);
    expect(real.json.error.details[0].message).toBe('"2024-02-31" ist kein Datum, das Spinekind lesen kann.');
    // Good rows only: the answer lists the bad ones in German.
    const some = await bearable(user, 'bearable-bad.csv', 'dryRun=false&skipBadRows=true', 'de');
    expect(some.status).toBe(200);
    expect(some.json.errors[1].message).toBe('"seven hours" ist keine Schlafdauer wie 7:30.');
  });

  it('English stays English', async () => {
    const user = await t.newUser();
    const res = await bearable(user, 'bearable.csv', 'dryRun=true');
    expect(res.json.notImported).toContainEqual({
      what: 'Meds/Supplements entries',
      count: 1,
      why: 'Spinekind keeps no medicines or doses from other apps',
    });
    const bad = await bearable(user, 'bearable-bad.csv', 'dryRun=true', 'en');
    expect(bad.json.errors[0].message).toBe('"2024-02-31" is not a date Spinekind can read.');
  });

  const csv = [
    'recordedAt,pain,nightPain,Schmerz',
    '2026-03-01T08:00:00Z,4,yes,x',
    '2026-03-02T08:00:00Z,11,no,x',
    '2026-03-03T08:00:00Z,3,maybe,x',
  ].join('\n');

  it('a CSV dry run answers each bad row in German, zod’s own words too', async () => {
    const user = await t.newUser();
    const res = await checkinCsv(
      user,
      { csv, dryRun: true, mapping: { recordedAt: 'recordedAt', pain: 'pain', nightPain: 'nightPain' } },
      'de',
    );
    expect(res.status).toBe(200);
    expect(res.json.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, 'pain'],
      [4, 'nightPain'],
    ]);
    expect(res.json.errors[0].message).toBe('Schmerz: höchstens 10.');
    // "maybe" is no yes or no: zod's own message, in zod's German.
    expect(res.json.errors[1].message).not.toMatch(/Invalid input|expected/);
    expect(res.json.errors[1].message).toMatch(/Ungültige Eingabe/);
    // The real run with the valid rows only answers its problems in German too.
    const real = await checkinCsv(
      user,
      {
        csv,
        dryRun: false,
        accept: 'valid_rows',
        mapping: { recordedAt: 'recordedAt', pain: 'pain', nightPain: 'nightPain' },
      },
      'de',
    );
    expect(real.status).toBe(200);
    expect(real.json.imported).toEqual({ checkins: 1 });
    expect(real.json.errors[0].message).toBe('Schmerz: höchstens 10.');
  });

  it('a CSV dry run in English stays English', async () => {
    const user = await t.newUser();
    const res = await checkinCsv(user, {
      csv,
      dryRun: true,
      mapping: { recordedAt: 'recordedAt', pain: 'pain', nightPain: 'nightPain' },
    });
    expect(res.json.errors[0].message).toBe('Pain must be 10 or less.');
    expect(res.json.errors[1].message).toMatch(/^Invalid input/);
  });
});
