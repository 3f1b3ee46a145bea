import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';
import { sampleExportXml } from '../test/apple-health-fixtures.js';

const require = createRequire(import.meta.url);
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');
const validator = new JSONSchemaValidator();
const t = await makeTestApp({ clock: () => new Date('2026-03-20T12:00:00Z') });

// biome-ignore lint/suspicious/noExplicitAny: FHIR resources are checked field by field below.
type Any = any;
const codeOf = (r: Any) => `${r.code?.coding?.[0]?.system}|${r.code?.coding?.[0]?.code}`;
const own = 'https://spinekind.org/fhir/CodeSystem/observation';

async function bundleOf(u: TestUser): Promise<Any> {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/v1/export?format=fhir',
    headers: { cookie: u.cookie },
  });
  expect(res.statusCode).toBe(200);
  return res.json();
}
const observations = (bundle: Any): Any[] =>
  bundle.entry.map((e: Any) => e.resource).filter((r: Any) => r.resourceType === 'Observation');

describe('FHIR R4 export', () => {
  it('is a collection Bundle that passes the official R4 JSON schema, with LOINC codes and UCUM units', async () => {
    const u = await t.newUser();
    const steps = (await u.call('POST', '/api/v1/trackers', { name: 'Steps', kind: 'number', unit: 'steps' }))
      .json.tracker;
    const checkinId = randomUUID();
    await u.call('POST', '/api/v1/checkins', {
      id: checkinId,
      recordedAt: '2026-03-04T07:45:00-05:00',
      pain: 6,
      bodyAreas: ['lower_back_left', 'neck', 'pelvis_groin'],
      sleepHours: 6.5,
      nightSweats: true,
      bleeding: 'light',
      weightKg: 71.5,
      waistCm: 88,
      notes: 'Stiff after the drive',
      custom: { [steps.id]: 5400 },
    });
    await u.call('POST', '/api/v1/periods', {
      startDate: '2026-02-20',
      endDate: '2026-02-24',
      flow: 'medium',
    });
    await u.call('POST', '/api/v1/instruments/phq2/responses', {
      answers: [1, 2],
      completedAt: '2026-03-04T21:00:00-05:00',
    });
    await u.call('POST', '/api/v1/instruments/peg/responses', {
      answers: [6, 5, 4],
      completedAt: '2026-03-05T21:00:00Z',
    });

    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/export?format=fhir',
      headers: { cookie: u.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const bundle = res.json();
    expect(validator.validate(bundle)).toEqual([]);
    expect(bundle).toMatchObject({
      resourceType: 'Bundle',
      type: 'collection',
      timestamp: '2026-03-20T12:00:00.000Z',
    });

    const resources: Any[] = bundle.entry.map((e: Any) => e.resource);
    for (const e of bundle.entry) expect(e.fullUrl).toBe(`urn:uuid:${e.resource.id}`);
    expect(resources.filter((r) => r.resourceType === 'Condition')).toEqual([]);
    const patient = resources.find((r) => r.resourceType === 'Patient');
    expect(Object.keys(patient).sort()).toEqual(['active', 'id', 'resourceType']);

    const obs = (code: string) =>
      resources.find((r) => r.resourceType === 'Observation' && codeOf(r) === code);
    const pain = obs('http://loinc.org|72514-3');
    expect(pain).toMatchObject({
      status: 'final',
      effectiveDateTime: '2026-03-04T07:45:00.000-05:00',
      valueQuantity: { value: 6, system: 'http://unitsofmeasure.org', code: '{score}' },
      note: [{ text: 'Stiff after the drive' }],
      subject: { reference: `urn:uuid:${patient.id}` },
    });
    expect(obs('http://loinc.org|93832-4').valueQuantity).toMatchObject({ value: 6.5, code: 'h' });
    expect(obs('http://loinc.org|29463-7')).toMatchObject({
      valueQuantity: { value: 71.5, code: 'kg' },
      category: [{ coding: [{ code: 'vital-signs' }] }],
    });
    expect(obs('http://loinc.org|8280-0').valueQuantity).toMatchObject({ value: 88, code: 'cm' });
    expect(obs(`${own}|nightSweats`).valueBoolean).toBe(true);
    expect(obs(`${own}|bleeding`).valueCodeableConcept.coding[0].code).toBe('light');
    expect(
      obs(`${own}|bodyAreas`).component.map((c: Any) => [c.code.coding[0].code, c.code.coding[0].display]),
    ).toEqual([
      ['lower_back_left', 'Lower back, left'],
      ['neck', 'Neck'],
      ['pelvis_groin', 'Pelvis or groin'],
    ]);
    expect(obs(`https://spinekind.org/fhir/CodeSystem/tracker|${steps.id}`).valueQuantity).toEqual({
      value: 5400,
      unit: 'steps',
    });
    expect(obs(`${own}|menstrualPeriod`).effectivePeriod).toEqual({ start: '2026-02-20', end: '2026-02-24' });

    const phq = resources.find(
      (r) => r.resourceType === 'QuestionnaireResponse' && r.questionnaire === 'http://loinc.org/q/55757-9',
    );
    expect(phq.item.map((i: Any) => [i.linkId, i.answer[0].valueCoding.code])).toEqual([
      ['44250-9', 'LA6569-3'],
      ['44255-8', 'LA6570-1'],
    ]);
    expect(obs('http://loinc.org|55758-7')).toMatchObject({
      valueQuantity: { value: 3 },
      derivedFrom: [{ reference: `urn:uuid:${phq.id}` }],
    });
    const peg = resources.find((r) => r.questionnaire === 'https://spinekind.org/fhir/Questionnaire/peg');
    expect(peg.item.map((i: Any) => i.answer[0].valueInteger)).toEqual([6, 5, 4]);
    expect(obs(`${own}|pegTotal`).valueQuantity.value).toBe(5);
  });

  it('carries pain per area as pain scores with a body site, and how the pain feels, and validates', async () => {
    const u = await t.newUser();
    await u.call('POST', '/api/v1/checkins', {
      recordedAt: '2026-03-04T07:45:00Z',
      pain: 6,
      painByArea: [
        { area: 'lower_back_centre', score: 6 },
        { area: 'hip_left', score: 3 },
      ],
      painQualities: ['burning', 'shooting_down_leg'],
    });
    const bundle = await bundleOf(u);
    expect(validator.validate(bundle)).toEqual([]);
    const pains = observations(bundle).filter((r) => codeOf(r) === 'http://loinc.org|72514-3');
    expect(pains.map((r) => [r.bodySite?.coding[0].code ?? null, r.valueQuantity.value])).toEqual([
      [null, 6],
      ['lower_back_centre', 6],
      ['hip_left', 3],
    ]);
    expect(pains[2].bodySite.coding[0]).toMatchObject({
      system: 'https://spinekind.org/fhir/CodeSystem/body-area',
      display: 'Left hip',
    });
    const feels = observations(bundle).find((r) => codeOf(r) === `${own}|painQualities`);
    expect(feels.component.map((c: Any) => c.code.coding[0].display)).toEqual([
      'Burning',
      'Shooting down the leg',
    ]);
  });

  it('gives the same resource ids on every export, and an empty diary only a Patient', async () => {
    const u = await t.newUser();
    const get = async () =>
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/export?format=fhir',
          headers: { cookie: u.cookie },
        })
      ).json();
    const first = await get();
    expect(first.entry.map((e: Any) => e.resource.resourceType)).toEqual(['Patient']);
    expect(validator.validate(first)).toEqual([]);
    expect((await get()).entry[0].fullUrl).toBe(first.entry[0].fullUrl);
  });
});

describe('FHIR R4 export of imported daily values and exercise sessions', () => {
  it('has an Observation per Apple Health value (LOINC where one exists) and per session, and validates', async () => {
    const u = await t.newUser();
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/v1/import/apple-health',
      headers: { cookie: u.cookie, 'content-type': 'application/xml' },
      payload: sampleExportXml(),
    });
    expect(imported.statusCode).toBe(200);
    const session = await u.call('POST', '/api/v1/sessions', {
      routineId: 'morning-5',
      startedAt: '2026-03-06T07:30:00-05:00',
      endedAt: '2026-03-06T07:36:30-05:00',
      painBefore: 4,
      painAfter: 3,
      effort: 5,
      rating: 'about_right',
      notes: 'Easier than last week',
    });
    expect(session.status).toBe(201);
    await u.call('POST', '/api/v1/sessions', {
      routineId: 'walking',
      startedAt: '2026-03-07T17:00:00Z',
      endedAt: '2026-03-07T17:40:00Z',
      painBefore: 2,
      painAfter: 2,
      effort: 3,
      rating: 'too_easy',
    });

    const bundle = await bundleOf(u);
    expect(validator.validate(bundle)).toEqual([]);
    const all = observations(bundle);
    const on = (code: string, date: string) =>
      all.filter((r) => codeOf(r) === code && r.effectiveDateTime === date);
    const one = (code: string, date: string) => {
      const found = on(code, date);
      expect(found).toHaveLength(1);
      return found[0];
    };

    // 14 daily values imported (see apple-health.int.test.ts), each one Observation on its local date,
    // and the period the import brought in: all say where they came from.
    const fromApple = all.filter((r) => r.device?.display === 'Apple Health');
    expect(fromApple).toHaveLength(15);
    expect(fromApple.filter((r) => codeOf(r).endsWith('|menstrualPeriod'))).toHaveLength(1);
    // …and where it came from, for a program too: a meta tag with the source's id.
    expect(
      all.filter((r) =>
        r.meta?.tag?.some(
          (tag: Any) =>
            tag.system === 'https://spinekind.org/fhir/CodeSystem/import-source' &&
            tag.code === 'apple-health' &&
            tag.display === 'Apple Health',
        ),
      ),
    ).toHaveLength(15);
    expect(one('http://loinc.org|41950-7', '2024-01-15')).toMatchObject({
      status: 'final',
      category: [{ coding: [{ code: 'activity' }] }],
      valueQuantity: { value: 2000, system: 'http://unitsofmeasure.org', code: '/d' },
    });
    expect(one('http://loinc.org|41950-7', '2024-01-16').valueQuantity.value).toBe(3000);
    expect(one('http://loinc.org|93832-4', '2024-01-16').valueQuantity).toMatchObject({
      value: 7.5,
      code: 'h',
    });
    expect(one('http://loinc.org|29463-7', '2024-01-15')).toMatchObject({
      valueQuantity: { value: 69.85, code: 'kg' },
      category: [{ coding: [{ code: 'vital-signs' }] }],
    });
    expect(one('http://loinc.org|8280-0', '2024-01-15').valueQuantity).toMatchObject({
      value: 80.01,
      code: 'cm',
    });
    expect(one(`${own}|hotFlushes`, '2024-01-15').valueQuantity.value).toBe(3);
    expect(one(`${own}|symptom:lowerBackPain`, '2024-01-16')).toMatchObject({
      code: { coding: [{ display: 'Lower back pain, 0 (not present) to 3 (severe)' }] },
      valueQuantity: { value: 3, code: '{score}' },
    });

    const sessions = all.filter((r) => codeOf(r) === 'http://loinc.org|55411-3');
    expect(sessions).toHaveLength(2);
    const morning = sessions.find((r) => r.id && r.effectivePeriod.start.startsWith('2026-03-06'));
    expect(morning).toMatchObject({
      category: [{ coding: [{ code: 'activity' }] }],
      effectivePeriod: { start: '2026-03-06T07:30:00.000-05:00', end: '2026-03-06T07:36:30.000-05:00' },
      valueQuantity: { value: 6.5, unit: 'min', code: 'min' },
      note: [{ text: 'Easier than last week' }],
    });
    expect(morning.effectiveDateTime).toBeUndefined();
    const part = (o: Any, code: string) => o.component.find((c: Any) => c.code.coding[0].code === code);
    expect(part(morning, 'routine').valueCodeableConcept.coding[0].code).toBe('morning-5');
    expect(part(morning, 'painBefore').valueQuantity.value).toBe(4);
    expect(part(morning, 'painAfter').valueQuantity.value).toBe(3);
    expect(part(morning, 'rating').valueCodeableConcept.coding[0].code).toBe('about_right');
    const walk = sessions.find((r) => r !== morning);
    expect(part(walk, 'routine').valueCodeableConcept.text).toBe('Walking');
    expect(walk.valueQuantity.value).toBe(40);

    const types = new Set(bundle.entry.map((e: Any) => e.resource.resourceType));
    expect([...types].sort()).toEqual(['Observation', 'Patient']);
    // Stable ids: a second export names the same resources.
    expect((await bundleOf(u)).entry.map((e: Any) => e.fullUrl)).toEqual(
      bundle.entry.map((e: Any) => e.fullUrl),
    );
  });

  it('has an Observation per logged set, with load, band or body weight and effort, and validates', async () => {
    const u = await t.newUser();
    const session = await u.call('POST', '/api/v1/sessions', {
      routineId: 'bone-strength',
      startedAt: '2026-03-06T18:00:00Z',
      endedAt: '2026-03-06T18:30:00Z',
      exercises: [
        {
          exerciseId: 'sit-to-stand',
          done: true,
          sets: [
            { reps: 10, loadKg: 4, rpe: 6 },
            { reps: 8, bodyweight: true },
          ],
        },
        { exerciseId: 'band-row', done: true, sets: [{ reps: 12, band: 'red', rpe: 5 }] },
      ],
      painBefore: 2,
      painAfter: 2,
      effort: 6,
      rating: 'about_right',
    });
    expect(session.status).toBe(201);
    const bundle = await bundleOf(u);
    expect(validator.validate(bundle)).toEqual([]);
    const sets = observations(bundle).filter((r) => codeOf(r) === `${own}|strengthSet`);
    expect(sets).toHaveLength(3);
    const part = (o: Any, code: string) => o.component.find((c: Any) => c.code.coding[0].code === code);
    const first = sets.find((o) => part(o, 'loadKg'));
    expect(first.valueCodeableConcept.coding[0]).toMatchObject({
      code: 'sit-to-stand',
      display: 'Sit to stand',
    });
    expect(part(first, 'loadKg').valueQuantity).toMatchObject({ value: 4, code: 'kg' });
    expect(part(first, 'rpe').valueQuantity.value).toBe(6);
    expect(part(first, 'reps').valueInteger).toBe(10);
    expect(
      sets.find((o) => part(o, 'band'))?.component.find((c: Any) => c.code.coding[0].code === 'band')
        .valueString,
    ).toBe('red');
    const sessionObs = observations(bundle).find((r) => codeOf(r) === 'http://loinc.org|55411-3');
    expect(first.derivedFrom).toEqual([{ reference: `urn:uuid:${sessionObs.id}` }]);
  });

  it("never carries another user's imported values or sessions", async () => {
    const a = await t.newUser();
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/import/apple-health',
      headers: { cookie: a.cookie, 'content-type': 'application/xml' },
      payload: sampleExportXml(),
    });
    await a.call('POST', '/api/v1/sessions', {
      routineId: 'morning-5',
      startedAt: '2026-03-06T07:30:00Z',
      endedAt: '2026-03-06T07:40:00Z',
      painBefore: 4,
      painAfter: 3,
      effort: 5,
      rating: 'about_right',
    });
    const b = await t.newUser();
    const bundle = await bundleOf(b);
    expect(bundle.entry.map((e: Any) => e.resource.resourceType)).toEqual(['Patient']);
    // A's 14 daily values, the period the import brought in and the session.
    expect(observations(await bundleOf(a)).length).toBe(16);
  });
});
