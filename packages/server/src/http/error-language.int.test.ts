import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';

const { app, newUser } = await makeTestApp();

describe('error messages in her language', () => {
  const putProfile = async (body: unknown, language: string) => {
    const user = await newUser();
    return app.inject({
      method: 'PUT',
      url: '/api/v1/profile',
      headers: { cookie: user.cookie, 'accept-language': language },
      payload: body as Record<string, unknown>,
    });
  };

  it('answers our own message and its detail in German', async () => {
    const res = await putProfile({ country: 'Germany' }, 'de-DE,de;q=0.9');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-language']).toBe('de');
    expect(res.json().error).toEqual({
      code: 'validation_failed',
      message: 'Einige Angaben sind ungültig.',
      details: [
        { path: 'country', message: 'Verwende einen Ländercode aus zwei Buchstaben, etwa DE oder AT.' },
      ],
    });
  });

  it("answers zod's own message in Spanish (a text where a number belongs)", async () => {
    const res = await putProfile({ birthYear: 'nineteen-seventy' }, 'es');
    expect(res.statusCode).toBe(400);
    const { message, details } = res.json().error;
    expect(message).toBe('Algunos valores no son válidos.');
    expect(details).toHaveLength(1);
    expect(details[0].path).toBe('birthYear');
    expect(details[0].message).toMatch(/^Entrada inválida: se esperaba número/);
  });

  it('names an unknown field in German, and stays English for English', async () => {
    const de = await putProfile({ favouriteColour: 'teal' }, 'de');
    expect(de.json().error.details).toEqual([
      { path: 'favouriteColour', message: 'Unbekanntes Feld "favouriteColour".' },
    ]);
    const en = await putProfile({ favouriteColour: 'teal' }, 'en');
    expect(en.json().error.details).toEqual([
      { path: 'favouriteColour', message: 'Unknown field "favouriteColour".' },
    ]);
  });

  it('translates a domain error and a query-string problem', async () => {
    const missing = await app.inject({
      method: 'GET',
      url: '/api/v1/lessons/no-such-lesson',
      headers: { 'accept-language': 'es' },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('No hay ninguna lección con este id.');
    const nowhere = await app.inject({
      method: 'GET',
      url: '/api/v1/nowhere',
      headers: { 'accept-language': 'de' },
    });
    expect(nowhere.json().error.message).toBe('Hier ist nichts: GET /api/v1/nowhere');
  });
});
