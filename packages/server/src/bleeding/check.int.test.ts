import { readFileSync } from 'node:fs';
import { addDays, BLEEDING_ENTRIES_MAX, type BleedingCheckInput, bleedingDe } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';

interface Vignette {
  id: string;
  note: string;
  input: BleedingCheckInput;
  expected: unknown;
}
const vignettes = (
  JSON.parse(
    readFileSync(
      new URL('../../../core/src/bleeding/spec/bleeding-vignettes-public.json', import.meta.url),
      'utf8',
    ),
  ) as { cases: Vignette[] }
).cases;

const t = await makeTestApp();
const check = (payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/bleeding-check', payload: payload as object, headers });

/** `n` spotting days in a row (one long run). */
const entries = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ date: addDays('2000-01-01', i), amount: 'spotting' as const }));

describe('POST /bleeding-check', () => {
  it('answers the advice in her language for accept-language de or es, the rest unchanged', async () => {
    const v = vignettes.find((c) => (c.expected as { kind: string | null }).kind === 'after_menopause');
    if (!v) throw new Error('no after_menopause vignette');
    const de = await check(v.input, { 'accept-language': 'de' });
    expect(de.headers['content-language']).toBe('de');
    expect(de.json()).toEqual({ ...(v.expected as object), advice: bleedingDe.advice.after_menopause });
    expect(de.json().advice).toContain('Wechseljahren');
    const es = await check(v.input, { 'accept-language': 'es-AR,es;q=0.9' });
    expect(es.json().advice).toContain('menopausia');
  });

  it('runs all 14 public vignettes', () => {
    expect(vignettes).toHaveLength(14);
  });

  it.each(vignettes.map((v) => [`${v.id}: ${v.note}`, v] as const))(
    'answers %s exactly as the spec',
    async (_name, v) => {
      const res = await check(v.input);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(v.expected);
    },
  );

  it('needs no sign-in and stores nothing for a signed-in user', async () => {
    const u = await t.newUser();
    const res = await check(vignettes[1]?.input, { cookie: u.cookie });
    expect(res.json()).toMatchObject({ level: 'soon', kind: 'after_menopause' });
    expect((await u.call('GET', '/api/v1/bleeding-answers')).json).toEqual({ items: [] });
  });

  it('rejects unknown keys anywhere, with the standard error shape', async () => {
    const input = { asOf: '2026-03-10', age: 52, profile: { hrt: false, hrtDose: 1 }, bleeding: [] };
    const res = await check(input);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: {
        code: 'validation_failed',
        message: 'Some values are not valid.',
        details: [{ path: 'profile.hrtDose', message: 'Unknown field "hrtDose".' }],
      },
    });
    expect((await check({ ...input, profile: {}, extra: true })).statusCode).toBe(400);
  });

  it.each([
    ['an impossible asOf', { asOf: '2026-02-30' }],
    ['an impossible bleeding date', { bleeding: [{ date: '2026-02-29', amount: 'light' }] }],
    ['an unknown amount', { bleeding: [{ date: '2026-02-28', amount: 'none' }] }],
    ['an age over 120', { age: 121 }],
    ['a fractional age', { age: 55.5 }],
    ['a missing age', { age: undefined }],
    ['an HRT start that is not a date', { profile: { hrtStartDate: 'last spring' } }],
  ])('rejects %s with 400', async (_name, over) => {
    const res = await check({ asOf: '2026-03-10', age: 52, profile: {}, bleeding: [], ...over });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
  });

  it('answers null with no bleeding at all', async () => {
    const res = await check({ asOf: '2026-03-10', age: null, profile: {}, bleeding: [] });
    expect(res.json()).toEqual({
      level: null,
      kind: null,
      reasons: [],
      runStart: null,
      advice: null,
      version: '1.0',
    });
  });

  it(`takes ${BLEEDING_ENTRIES_MAX} entries, even sent indented, and refuses one more with a 400`, async () => {
    const most = { asOf: '2020-01-01', age: 60, profile: {}, bleeding: entries(BLEEDING_ENTRIES_MAX) };
    const indented = JSON.stringify(most, null, 2);
    expect(Buffer.byteLength(indented)).toBeGreaterThan(256 * 1024);
    const ok = await check(indented, { 'content-type': 'application/json' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ runStart: '2000-01-01', version: '1.0' });

    const tooMany = await check({ ...most, bleeding: entries(BLEEDING_ENTRIES_MAX + 1) });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'bleeding', message: `At most ${BLEEDING_ENTRIES_MAX} bleeding entries.` }],
    });
  });

  it('answers 413 in the standard shape past its own body limit', async () => {
    const res = await check({
      asOf: '2026-03-10',
      age: 52,
      profile: {},
      bleeding: [],
      pad: 'x'.repeat(600_000),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('is described in the OpenAPI document with its body and answer', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs' })).json();
    const op = doc.paths['/api/v1/bleeding-check'].post;
    expect(op.requestBody.content['application/json'].schema.properties.bleeding.maxItems).toBe(5000);
    expect(Object.keys(op.responses['200'].content['application/json'].schema.properties)).toEqual([
      'level',
      'kind',
      'reasons',
      'runStart',
      'advice',
      'version',
    ]);
    expect(Object.keys(doc.paths['/api/v1/bleeding-answers/{id}'].delete.responses)).toEqual(['204']);
  });
});
