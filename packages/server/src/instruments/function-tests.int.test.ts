import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';

// Function tests (issue #19, point 3) are instruments: stored and scored like the questionnaires, and
// carried by the FHIR export and the JSON backup.
const t = await makeTestApp({ clock: () => new Date('2026-03-20T12:00:00Z') });

describe('function tests', () => {
  it('stores a chair stand count and a single-leg stance per leg, scored', async () => {
    const u = await t.newUser();
    const chair = await u.call('POST', '/api/v1/instruments/chair_stand/responses', {
      answers: [13],
      completedAt: '2026-03-19T10:00:00Z',
    });
    expect(chair.status).toBe(201);
    expect(chair.json.response).toMatchObject({ instrument: 'chair_stand', score: { total: 13 } });
    const stance = await u.call('POST', '/api/v1/instruments/single_leg_stance/responses', {
      answers: [30, 4],
      completedAt: '2026-03-19T10:05:00Z',
    });
    expect(stance.json.response).toMatchObject({
      score: { total: 4, subscales: { left: 30, right: 4 } },
      band: { id: 'short' },
    });
    const balance = await u.call('POST', '/api/v1/instruments/balance_4stage/responses', {
      answers: [3],
      completedAt: '2026-03-19T10:10:00Z',
    });
    expect(balance.json.response.band.id).toBe('steady');
  });

  it('refuses a hold over 30 seconds and a stage that does not exist', async () => {
    const u = await t.newUser();
    const long = await u.call('POST', '/api/v1/instruments/single_leg_stance/responses', {
      answers: [31, 10],
      completedAt: '2026-03-19T10:00:00Z',
    });
    expect(long.status).toBe(400);
    expect(long.json.error.details[0].path).toBe('answers.0');
    const stage = await u.call('POST', '/api/v1/instruments/balance_4stage/responses', {
      answers: [5],
      completedAt: '2026-03-19T10:00:00Z',
    });
    expect(stage.status).toBe(400);
  });

  it('keeps GET /instruments to the questionnaires', async () => {
    const u = await t.newUser();
    const ids = (await u.call('GET', '/api/v1/instruments')).json.items.map((i: { id: string }) => i.id);
    expect(ids).not.toContain('chair_stand');
  });

  it('goes into the FHIR export and comes back from a JSON backup', async () => {
    const a = await t.newUser();
    const id = randomUUID();
    await a.call('POST', '/api/v1/instruments/chair_stand/responses', {
      id,
      answers: [11],
      completedAt: '2026-03-19T10:00:00Z',
    });
    const fhir = (await a.call('GET', '/api/v1/export?format=fhir')).json;
    const resources = fhir.entry.map((e: { resource: Record<string, unknown> }) => e.resource);
    expect(
      resources.find(
        (r: { questionnaire?: string }) =>
          r.questionnaire === 'https://spinekind.org/fhir/Questionnaire/chair-stand',
      ),
    ).toBeDefined();
    const backup = (await a.call('GET', '/api/v1/export?format=json')).json;
    const b = await t.newUser();
    expect((await b.call('POST', '/api/v1/import', backup)).status).toBe(200);
    const items = (await b.call('GET', '/api/v1/instruments/chair_stand/responses')).json.items;
    expect(items).toMatchObject([{ id, score: { total: 11 } }]);
  });
});
