import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';
import { postImport } from '../test/app-imports.js';

const t = await makeTestApp();
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../test/fixtures/imports', name));

/** Pain scores from a FHIR file (check-ins) and Clue's periods, imported for real. */
async function importBoth(user: TestUser) {
  const pain = await postImport(
    t,
    user,
    'fhir',
    fixture('fhir-pain.json'),
    'application/fhir+json',
    'dryRun=false&skipBadRows=true',
  );
  expect(pain.status).toBe(200);
  const clue = await postImport(
    t,
    user,
    'clue',
    fixture('clue-measurements.json'),
    'application/json',
    'dryRun=false',
  );
  expect(clue.status).toBe(200);
}
const checkinsOf = async (user: TestUser) =>
  (await user.call('GET', '/api/v1/checkins?from=2024-05-01&to=2024-07-01')).json.items as {
    id: string;
    pain: number;
    source: string | null;
  }[];
const periodsOf = async (user: TestUser) =>
  (await user.call('GET', '/api/v1/periods')).json.items as { startDate: string; source: string | null }[];
const csvLines = async (user: TestUser, type: string) =>
  (
    await t.app.inject({
      method: 'GET',
      url: `/api/v1/export?format=csv&type=${type}`,
      headers: { cookie: user.cookie },
    })
  ).body
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);

describe('imported check-ins and periods keep the app they came from', () => {
  it('the API answers the source; what she makes herself has none, and editing an import keeps it', async () => {
    const user = await t.newUser();
    await importBoth(user);
    const own = await user.call('POST', '/api/v1/checkins', { recordedAt: '2024-06-03T09:00:00Z', pain: 5 });
    expect(own.json.checkin.source).toBeNull();
    const imported = (await checkinsOf(user)).filter((c) => c.source === 'fhir');
    expect(imported).toHaveLength(2);
    expect(await periodsOf(user)).toMatchObject([{ startDate: '2024-05-01', source: 'clue' }]);

    const [first] = imported;
    const edited = await user.call('PATCH', `/api/v1/checkins/${first?.id}`, { pain: 6 });
    expect(edited.status).toBe(200);
    expect(edited.json.checkin).toMatchObject({ pain: 6, source: 'fhir' });
  });

  it('a client cannot set the source: it is not part of what she sends', async () => {
    const user = await t.newUser();
    const res = await user.call('POST', '/api/v1/checkins', {
      recordedAt: '2024-06-03T09:00:00Z',
      pain: 5,
      source: 'bearable',
    });
    expect(res.status).toBe(400);
    expect(await checkinsOf(user)).toEqual([]);
  });

  it('the CSV exports carry a source column, empty for her own entries', async () => {
    const user = await t.newUser();
    await importBoth(user);
    await user.call('POST', '/api/v1/checkins', { recordedAt: '2024-06-03T09:00:00Z', pain: 5 });
    const checkins = await csvLines(user, 'checkins');
    expect(checkins[0]?.split(',').slice(0, 4)).toEqual(['id', 'recordedAt', 'localDate', 'source']);
    const sources = checkins.slice(1).map((line) => line.split(',')[3]);
    expect(sources.sort()).toEqual(['', 'fhir', 'fhir']);
    const periods = await csvLines(user, 'periods');
    expect(periods[0]?.split(',').at(-1)).toBe('source');
    expect(periods[1]?.split(',').at(-1)).toBe('clue');
  });

  it('the FHIR export tags each imported value with its app, and nothing of hers', async () => {
    const user = await t.newUser();
    await importBoth(user);
    await user.call('POST', '/api/v1/checkins', { recordedAt: '2024-06-03T09:00:00Z', pain: 5 });
    const bundle = (await user.call('GET', '/api/v1/export?format=fhir')).json as {
      entry: {
        resource: {
          resourceType: string;
          effectiveDateTime?: string;
          meta?: { tag?: { code: string }[] };
          device?: { display: string };
        };
      }[];
    };
    const observations = bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === 'Observation');
    const tagged = (code: string) =>
      observations.filter((o) => o.meta?.tag?.some((tag) => tag.code === code));
    expect(tagged('fhir').length).toBeGreaterThanOrEqual(2);
    expect(tagged('fhir').every((o) => o.device?.display === 'a FHIR file')).toBe(true);
    expect(tagged('clue').some((o) => o.device?.display === 'Clue')).toBe(true);
    const mine = observations.filter((o) => o.effectiveDateTime?.startsWith('2024-06-03T09:00'));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((o) => o.meta === undefined && o.device === undefined)).toBe(true);
  });

  it('the JSON backup keeps the sources, and a restore brings them back; a made-up source is refused', async () => {
    const user = await t.newUser();
    await importBoth(user);
    const backup = (await user.call('GET', '/api/v1/export?format=json')).json;
    const other = await t.newUser();
    expect((await other.call('POST', '/api/v1/import', backup)).status).toBe(200);
    expect((await checkinsOf(other)).map((c) => c.source)).toEqual(['fhir', 'fhir']);
    expect((await periodsOf(other)).map((p) => p.source)).toEqual(['clue']);

    const third = await t.newUser();
    backup.periods[0].source = 'myspace';
    const bad = await third.call('POST', '/api/v1/import', backup);
    expect(bad.status).toBe(400);
    expect(bad.json.error.details[0].path).toBe('periods.0.source');
    expect(await periodsOf(third)).toEqual([]);
  });
});
