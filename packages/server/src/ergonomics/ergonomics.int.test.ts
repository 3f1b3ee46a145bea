import { ergonomicQuestions } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';
import { askIn } from '../test/ask-in.js';

const t = await makeTestApp();
/** The answer with most strain to every question: every fix comes back. */
const worst = Object.fromEntries(ergonomicQuestions.map((q) => [q.id, q.options.at(-1)?.value ?? '']));

describe('desk check in her language', () => {
  it('asks the questions and names the areas in German and Spanish, values unchanged', async () => {
    const u = await t.newUser();
    const de = await askIn(t, u, 'de', 'GET', '/api/v1/ergonomics/questions');
    expect(de.status).toBe(200);
    const chairDe = de.json.items.find((q: { id: string }) => q.id === 'chair-height');
    expect(chairDe.text).toMatch(/Knie/);
    expect(chairDe.options.map((o: { value: string }) => o.value)).toEqual([
      'level',
      'knees-high',
      'knees-low',
    ]);
    expect(de.json.areas.find((a: { id: string }) => a.id === 'chair').label).toBe('Stuhl');
    const es = await askIn(t, u, 'es-ES', 'GET', '/api/v1/ergonomics/questions');
    expect(es.json.items.find((q: { id: string }) => q.id === 'screen-distance').text).toBe(
      '¿A qué distancia está tu pantalla?',
    );
  });

  it('answers the fixes of a check in her language, now and in the history', async () => {
    const u = await t.newUser();
    const made = await askIn(t, u, 'de', 'POST', '/api/v1/ergonomics', { answers: worst });
    expect(made.status).toBe(201);
    expect(made.json.check.topFixes[0]).toMatch(/Pausen-Erinnerungen/);
    const es = await askIn(t, u, 'es', 'GET', '/api/v1/ergonomics');
    expect(es.json.items[0].topFixes[0]).toMatch(/recordatorios de pausas/);
    expect(es.json.items[0].score).toBe(made.json.check.score);
    const en = await u.call('GET', '/api/v1/ergonomics');
    expect(en.json.items[0].topFixes[0]).toMatch(/^Turn on break reminders/);
  });
});
