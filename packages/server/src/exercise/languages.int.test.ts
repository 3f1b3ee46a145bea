import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';

const t = await makeTestApp({ clock: () => new Date('2026-03-20T12:00:00Z') });

const get = async (url: string, language?: string, cookie?: string) => {
  const headers: Record<string, string> = {};
  if (language) headers['accept-language'] = language;
  if (cookie) headers.cookie = cookie;
  const res = await t.app.inject({ method: 'GET', url, headers });
  if (res.statusCode !== 200) throw new Error(`${url} ${language}: ${res.statusCode} ${res.body}`);
  return { headers: res.headers, json: res.json() };
};
type Named = { id: string; name: string; steps: string[]; description: string };
const byId = (items: Named[], id: string) => items.find((x) => x.id === id) as Named;

describe('the exercise library in her language', () => {
  it('answers the catalogue in German and Spanish by Accept-Language, ids and doses unchanged', async () => {
    const [en, de, es] = await Promise.all([
      get('/api/v1/exercises'),
      get('/api/v1/exercises', 'de-AT,de;q=0.9'),
      get('/api/v1/exercises', 'es'),
    ]);
    expect(de.headers['content-language']).toBe('de');
    expect(de.headers.vary).toMatch(/accept-language/);
    expect(byId(en.json.items, 'pelvic-tilt').name).toBe('Pelvic tilt');
    expect(byId(de.json.items, 'pelvic-tilt').name).toBe('Becken kippen');
    expect(byId(de.json.items, 'chin-tuck').steps[0]).toBe('Sitz oder steh aufrecht, die Schultern locker.');
    expect(byId(es.json.items, 'pelvic-tilt').name).toBe('Basculación pélvica');
    expect(byId(es.json.items, 'brisk-walk').steps[1]).toMatch(/^Aumenta el ritmo/);
    const strip = (items: Record<string, unknown>[]) =>
      items.map(({ id, dose, boneSafe }) => ({ id, dose, boneSafe }));
    expect(strip(de.json.items)).toEqual(strip(en.json.items));
  });

  it('answers the routines in German and Spanish; her own routine keeps the name she gave it', async () => {
    const de = await get('/api/v1/routines', 'de');
    expect(byId(de.json.items, 'morning-5')).toMatchObject({
      name: 'Morgens beweglich',
      description: expect.stringMatching(/^Fünf sanfte Minuten/),
    });
    const es = await get('/api/v1/routines', 'es');
    expect(byId(es.json.items, 'relax-body-scan-10').name).toBe('Escaneo corporal');
    expect(es.headers.vary).toMatch(/accept-language/);

    const u = await t.newUser();
    const made = await u.call('POST', '/api/v1/custom-routines', {
      name: 'Physio evening set',
      items: [{ exerciseId: 'pelvic-tilt' }],
    });
    expect(made.status).toBe(201);
    await u.call('PUT', '/api/v1/profile', { language: 'es' });
    const mine = (await u.call('GET', '/api/v1/routines')).json.items as Named[];
    expect(mine.find((r) => r.name === 'Physio evening set')).toBeDefined();
    expect(byId(mine, 'desk-stand-up').name).toBe('Pausa en el escritorio: levántate y muévete');
  });

  it("writes the bone note, her own routine's caution, the plan's note and progression advice in her language", async () => {
    const u = await t.newUser();
    await u.call('PUT', '/api/v1/profile', { boneHealth: 'osteoporosis', language: 'de' });
    await u.call('POST', '/api/v1/custom-routines', { name: 'Mine', items: [{ exerciseId: 'cat-cow' }] });
    const routines = (await u.call('GET', '/api/v1/routines')).json;
    expect(routines.bones.note).toMatch(/^In deinem Profil steht Osteoporose/);
    const mine = routines.items.find((r: { name: string }) => r.name === 'Mine');
    expect(mine.boneNote).toMatch(/^Diese Routine enthält Katze–Kuh\. Diese Übung/);
    expect(byId(routines.items, 'gentle-yoga-15').name).toBe('Sanftes Yoga');

    await u.call('PUT', '/api/v1/profile', { boneHealth: 'osteoporosis', language: 'es' });
    const plan = (await u.call('GET', '/api/v1/plan')).json;
    expect(plan.bones.note).toMatch(/^Tu perfil indica osteoporosis u osteopenia/);
    const played = await u.call('POST', '/api/v1/sessions', {
      id: randomUUID(),
      routineId: 'morning-5',
      startedAt: '2026-03-20T08:00:00+01:00',
      endedAt: '2026-03-20T08:06:00+01:00',
      painBefore: 3,
      painAfter: 7,
      effort: 5,
      rating: 'about_right',
    });
    expect(played.status).toBe(201);
    const advice = (await u.call('GET', '/api/v1/progression')).json.items[0];
    expect(advice).toMatchObject({ routineId: 'morning-5', advice: 'step_back' });
    expect(advice.reason).toMatch(/^Después de tu última sesión, el dolor fue de 7\/10/);
  });
});
