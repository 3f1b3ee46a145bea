import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';

const t = await makeTestApp({ clock: () => new Date('2026-03-20T12:00:00Z') });

describe('questionnaires', () => {
  it('lists the five instruments with their items and citations', async () => {
    const u = await t.newUser();
    const res = await u.call('GET', '/api/v1/instruments');
    expect(res.json.items.map((i: { id: string }) => i.id)).toEqual(['peg', 'mrs', 'rmdq', 'phq2', 'gad2']);
    expect(res.json.items[1].items).toHaveLength(11);
    expect(res.json.items[1].citation).toMatch(/Heinemann/);
  });

  it('answers in her language: the published German PHQ-2, other wording in English, bands translated', async () => {
    const u = await t.newUser();
    const inject = (method: 'GET' | 'POST', url: string, language: string, payload?: object) =>
      t.app.inject({
        method,
        url,
        headers: { cookie: u.cookie, 'accept-language': language },
        ...(payload ? { payload } : {}),
      });
    const de = (await inject('GET', '/api/v1/instruments', 'de')).json().items;
    const phq2 = de.find((i: { id: string }) => i.id === 'phq2');
    expect(phq2.items[1].text).toBe('Niedergeschlagenheit, Schwermut oder Hoffnungslosigkeit');
    expect(phq2.items[0].options[3].label).toBe('Beinahe jeden Tag');
    const peg = de.find((i: { id: string }) => i.id === 'peg');
    expect(peg.name).toBe('PEG-Schmerzskala');
    expect(peg.items[0].text).toBe('What number best describes your pain on average in the past week?');
    const body = { id: randomUUID(), answers: [3, 3], completedAt: '2026-03-19T20:00:00+01:00' };
    const saved = await inject('POST', '/api/v1/instruments/phq2/responses', 'es', body);
    expect(saved.json().response.band).toMatchObject({ id: 'talk', label: 'Vale la pena hablarlo' });
    const list = await inject('GET', '/api/v1/instruments/phq2/responses', 'de');
    expect(list.json().items[0].band.label).toBe('Darüber reden lohnt sich');
    expect((await u.call('GET', '/api/v1/instruments/phq2/responses')).json.items[0].band.label).toBe(
      'Worth talking about',
    );
  });

  it('stores an MRS response with item answers, score, subscales and band', async () => {
    const u = await t.newUser();
    const body = {
      id: randomUUID(),
      answers: [0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0],
      completedAt: '2026-03-19T20:00:00+01:00',
    };
    const res = await u.call('POST', '/api/v1/instruments/mrs/responses', body);
    expect(res.status).toBe(201);
    expect(res.json.response).toMatchObject({
      id: body.id,
      instrument: 'mrs',
      answers: body.answers,
      score: { total: 20, subscales: { somatic: 3, psychological: 8, urogenital: 9 } },
      band: { id: 'severe' },
      localDate: '2026-03-19',
    });
    expect((await u.call('POST', '/api/v1/instruments/mrs/responses', body)).status).toBe(200);
    const list = await u.call('GET', '/api/v1/instruments/mrs/responses');
    expect(list.json.items).toHaveLength(1);
    expect((await u.call('GET', '/api/v1/instruments/peg/responses')).json.items).toEqual([]);
  });

  it('stores an RMDQ response as the number of statements ticked', async () => {
    const u = await t.newUser();
    const answers = Array.from({ length: 24 }, (_, i) => ([1, 12, 17].includes(i + 1) ? 1 : 0));
    const res = await u.call('POST', '/api/v1/instruments/rmdq/responses', {
      answers,
      completedAt: '2026-03-19T20:00:00+00:00',
    });
    expect(res.status).toBe(201);
    expect(res.json.response).toMatchObject({
      instrument: 'rmdq',
      score: { total: 3 },
      band: { id: 'lower' },
    });
    const ticked = await u.call('POST', '/api/v1/instruments/rmdq/responses', {
      answers: answers.map(() => 2),
      completedAt: '2026-03-19T20:00:00+00:00',
    });
    expect(ticked.status).toBe(400);
    const [definition] = (await u.call('GET', '/api/v1/instruments')).json.items.filter(
      (i: { id: string }) => i.id === 'rmdq',
    );
    expect(definition).toMatchObject({ presentation: 'checklist', maxScore: 24, everyDays: 30 });
    expect(definition.items).toHaveLength(24);
  });

  it('rejects wrong answer counts, out-of-range answers and unknown instruments', async () => {
    const u = await t.newUser();
    const completedAt = '2026-03-19T20:00:00Z';
    const short = await u.call('POST', '/api/v1/instruments/peg/responses', { answers: [1, 2], completedAt });
    expect(short.status).toBe(400);
    const high = await u.call('POST', '/api/v1/instruments/phq2/responses', { answers: [1, 4], completedAt });
    expect(high.json.error.details[0].path).toBe('answers.1');
    expect(
      (await u.call('POST', '/api/v1/instruments/bdi/responses', { answers: [1], completedAt })).status,
    ).toBe(404);
  });

  it('keeps responses per user', async () => {
    const a = await t.newUser();
    const b = await t.newUser();
    await a.call('POST', '/api/v1/instruments/peg/responses', {
      answers: [5, 5, 5],
      completedAt: '2026-03-19T20:00:00Z',
    });
    expect((await b.call('GET', '/api/v1/instruments/peg/responses')).json.items).toEqual([]);
  });
});
