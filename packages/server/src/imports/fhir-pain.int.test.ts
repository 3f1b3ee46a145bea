import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';
import { postImport } from '../test/app-imports.js';

const t = await makeTestApp();
const file = readFileSync(join(import.meta.dirname, '../test/fixtures/imports/fhir-pain.json'));
const importPain = (user: TestUser, query: string, body: Buffer | string = file) =>
  postImport(t, user, 'fhir', body, 'application/fhir+json', query);
const checkinsOf = async (user: TestUser) => {
  const res = await user.call('GET', '/api/v1/checkins?from=2024-05-01&to=2024-07-01');
  return (res.json.items as { id: string; recordedAt: string; pain: number }[]).map((c) => ({
    recordedAt: c.recordedAt,
    pain: c.pain,
  }));
};

describe('POST /import/fhir: pain scores (LOINC 72514-3) become check-ins', () => {
  it('the dry run shows them, the repeat and the bad unit, and writes nothing', async () => {
    const user = await t.newUser();
    const dry = await importPain(user, 'dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.json).toMatchObject({
      checkins: 2,
      checkinsAlreadyPresent: 0,
      checkinsKept: 0,
      counts: { pain: 2 },
      days: 2,
      from: '2024-06-01',
      to: '2024-06-02',
      errorCount: 1,
      errors: [{ line: 4, message: 'The unit "mm" is not a 0–10 score unit (UCUM {score} or 1, or none).' }],
    });
    expect(dry.json.notImported).toContainEqual({
      what: 'Repeated pain scores',
      count: 1,
      why: 'the same observation is already read from entry 1',
    });
    expect(await checkinsOf(user)).toEqual([]);
  });

  it('all or nothing: with a bad row nothing is stored unless she brings in the other rows', async () => {
    const user = await t.newUser();
    expect((await importPain(user, 'dryRun=false')).status).toBe(400);
    expect(await checkinsOf(user)).toEqual([]);
    const res = await importPain(user, 'dryRun=false&skipBadRows=true');
    expect(res.status).toBe(200);
    expect(await checkinsOf(user)).toEqual([
      { recordedAt: '2024-06-01T08:15:00.000+02:00', pain: 6 },
      { recordedAt: '2024-06-02T21:40:00.000-05:00', pain: 3 },
    ]);
  });

  it('a second import adds nothing and does not undo her edit of an imported check-in', async () => {
    const user = await t.newUser();
    expect((await importPain(user, 'dryRun=false&skipBadRows=true')).status).toBe(200);
    const [first] = (await user.call('GET', '/api/v1/checkins?from=2024-06-01&to=2024-06-01')).json.items;
    expect((await user.call('PATCH', `/api/v1/checkins/${first.id}`, { pain: 4 })).status).toBe(200);
    const again = await importPain(user, 'dryRun=false&skipBadRows=true');
    expect(again.json).toMatchObject({ checkins: 0, checkinsAlreadyPresent: 2 });
    expect(await checkinsOf(user)).toEqual([
      { recordedAt: '2024-06-01T08:15:00.000+02:00', pain: 4 },
      { recordedAt: '2024-06-02T21:40:00.000-05:00', pain: 3 },
    ]);
  });

  it('never sits beside or over a check-in she made herself at that moment', async () => {
    const user = await t.newUser();
    const own = { recordedAt: '2024-06-01T06:15:00Z', pain: 2 };
    expect((await user.call('POST', '/api/v1/checkins', own)).status).toBe(201);
    const res = await importPain(user, 'dryRun=false&skipBadRows=true');
    expect(res.json).toMatchObject({ checkins: 1, checkinsKept: 1 });
    expect(await checkinsOf(user)).toEqual([
      { recordedAt: '2024-06-01T06:15:00.000Z', pain: 2 },
      { recordedAt: '2024-06-02T21:40:00.000-05:00', pain: 3 },
    ]);
  });

  it('refuses a pain score in the future, row by row', async () => {
    const user = await t.newUser();
    const future = JSON.stringify({
      resourceType: 'Bundle',
      entry: [
        {
          resource: {
            resourceType: 'Observation',
            id: 'later',
            status: 'final',
            code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] },
            effectiveDateTime: '2100-01-01T08:00:00+01:00',
            valueInteger: 5,
          },
        },
      ],
    });
    const res = await importPain(user, 'dryRun=true', future);
    expect(res.json).toMatchObject({
      checkins: 0,
      errors: [{ line: 1, message: "The pain score's time 2100-01-01T08:00:00+01:00 is in the future." }],
    });
  });
});
