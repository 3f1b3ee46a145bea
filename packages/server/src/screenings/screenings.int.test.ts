import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { triageAdvice } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';

const t = await makeTestApp({ clock: () => new Date('2026-03-20T12:00:00Z') });
const vignettes = JSON.parse(
  readFileSync(new URL('../../../core/src/triage/spec/vignettes-public.json', import.meta.url), 'utf8'),
) as { id: string; input: object; expected_level: string; must_include_reasons?: string[] }[];
const anonymous = (payload: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/v1/triage', payload: payload as object });

describe('POST /api/v1/triage', () => {
  it.each(vignettes.map((v) => [v.id, v] as const))(
    'vignette %s agrees with the spec over HTTP',
    async (_id, v) => {
      const res = await anonymous(v.input);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(Object.keys(body).sort()).toEqual(['advice', 'level', 'reasons']);
      expect(body.level).toBe(v.expected_level);
      for (const r of v.must_include_reasons ?? []) expect(body.reasons).toContain(r);
    },
  );

  it('answers the advice in her language: German for accept-language de, English byte-exact otherwise', async () => {
    const emergency = { age: 52, answers: { saddle_numbness: true, bladder_change: true } };
    const de = await t.app.inject({
      method: 'POST',
      url: '/api/v1/triage',
      payload: emergency,
      headers: { 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' },
    });
    expect(de.statusCode).toBe(200);
    expect(de.headers['content-language']).toBe('de');
    expect(de.json()).toMatchObject({ level: 'emergency', reasons: ['saddle_numbness', 'bladder_change'] });
    expect(de.json().advice).toContain('Notaufnahme');
    const es = await t.app.inject({
      method: 'POST',
      url: '/api/v1/triage',
      payload: emergency,
      headers: { 'accept-language': 'es-MX' },
    });
    expect(es.json().advice).toContain('urgencias');
    const en = await anonymous(emergency);
    expect(en.json().advice).toBe(triageAdvice.emergency);
  });

  it('rejects a misspelled question with the standard error shape', async () => {
    const res = await anonymous({ age: 50, answers: { saddle_numbess: true } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'answers.saddle_numbess' }],
    });
  });

  it('rejects a missing age, a string answer and pain_weeks out of range', async () => {
    for (const body of [
      { answers: {} },
      { age: 50, answers: { fever: 'yes' } },
      { age: 50, answers: { pain_weeks: 600 } },
    ]) {
      expect((await anonymous(body)).statusCode).toBe(400);
    }
  });

  it('keeps the result as a screening for a signed-in user, with the rules that matched', async () => {
    const u = await t.newUser();
    const res = await u.call('POST', '/api/v1/triage', {
      age: 55,
      answers: { minor_trauma_or_strain: true, long_term_steroids: true },
    });
    expect(res.json.level).toBe('urgent');
    const list = await u.call('GET', '/api/v1/screenings');
    expect(list.json.items).toHaveLength(1);
    expect(list.json.items[0]).toMatchObject({
      level: 'urgent',
      reasons: ['minor_trauma_or_strain', 'long_term_steroids'],
      matchedRules: ['U7', 'S8', 'S12'],
      rulesetVersion: '1.0',
      acknowledgedAt: null,
    });
  });
});

describe('screenings', () => {
  it('stores an offline screening by its id once, recomputing the level from the answers', async () => {
    const u = await t.newUser();
    const body = {
      id: randomUUID(),
      recordedAt: '2026-03-19T21:10:00+00:00',
      input: { age: 47, answers: { saddle_numbness: true } },
    };
    const first = await u.call('POST', '/api/v1/screenings', body);
    expect(first.status).toBe(201);
    expect(first.json.screening).toMatchObject({
      level: 'emergency',
      reasons: ['saddle_numbness'],
      localDate: '2026-03-19',
    });
    expect((await u.call('POST', '/api/v1/screenings', body)).status).toBe(200);
    expect((await u.call('GET', '/api/v1/screenings')).json.items).toHaveLength(1);
  });

  it('refuses a level sent by the client', async () => {
    const u = await t.newUser();
    const res = await u.call('POST', '/api/v1/screenings', {
      recordedAt: '2026-03-19T21:10:00Z',
      input: { age: 47, answers: { saddle_numbness: true } },
      level: 'self_care',
    });
    expect(res.status).toBe(400);
  });

  it('records the "I understand" acknowledgement of an emergency result', async () => {
    const u = await t.newUser();
    const id = randomUUID();
    await u.call('POST', '/api/v1/screenings', {
      id,
      recordedAt: '2026-03-19T21:10:00Z',
      input: { age: 47, answers: { both_legs_symptoms: true } },
    });
    const res = await u.call('PATCH', `/api/v1/screenings/${id}`, { acknowledgedAt: '2026-03-19T21:11:00Z' });
    expect(res.json.screening).toMatchObject({
      level: 'emergency',
      acknowledgedAt: '2026-03-19T21:11:00.000Z',
    });
  });

  it('records her next-day answer to "did you get checked?", keeps it on later edits, and refuses an unknown one', async () => {
    const u = await t.newUser();
    const id = randomUUID();
    await u.call('POST', '/api/v1/screenings', {
      id,
      recordedAt: '2026-03-19T21:10:00+01:00',
      input: { age: 52, answers: { fever: true } },
    });
    const answered = await u.call('PATCH', `/api/v1/screenings/${id}`, {
      followUp: 'not_yet',
      followUpAt: '2026-03-20T08:00:00+01:00',
    });
    expect(answered.json.screening).toMatchObject({ level: 'urgent', followUp: 'not_yet' });
    const booked = await u.call('PATCH', `/api/v1/screenings/${id}`, { bookedAt: '2026-03-20T09:00:00Z' });
    expect(booked.json.screening).toMatchObject({
      followUp: 'not_yet',
      followUpAt: '2026-03-20T07:00:00.000Z',
    });
    const bad = await u.call('PATCH', `/api/v1/screenings/${id}`, { followUp: 'maybe' });
    expect(bad.status).toBe(400);
    expect((await u.call('GET', `/api/v1/screenings/${id}`)).json.screening.followUp).toBe('not_yet');
  });

  it("never shows another user's screenings and needs a sign-in to list", async () => {
    const a = await t.newUser();
    const b = await t.newUser();
    await a.call('POST', '/api/v1/triage', { age: 60, answers: { fever: true } });
    expect((await b.call('GET', '/api/v1/screenings')).json.items).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/screenings' })).statusCode).toBe(401);
  });
});
