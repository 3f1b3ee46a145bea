import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';
import { localeOfHeader } from './locale.js';

const { app, newUser } = await makeTestApp();

describe('localeOfHeader', () => {
  it('matches regional tags to our languages, by preference', () => {
    expect(localeOfHeader('de-AT,de;q=0.9,en;q=0.5')).toBe('de');
    expect(localeOfHeader('fr-FR,es-MX;q=0.8,en;q=0.2')).toBe('es');
    expect(localeOfHeader('en-GB,de;q=0.5')).toBe('en');
    expect(localeOfHeader('fr,it')).toBe('en');
    expect(localeOfHeader(undefined)).toBe('en');
    expect(localeOfHeader(';;;,q=x,*')).toBe('en');
  });
});

describe('the language of an answer', () => {
  it('follows Accept-Language when nobody is signed in, and says so in Content-Language', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/exercises',
      headers: { 'accept-language': 'es-ES' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-language']).toBe('es');
    const plain = await app.inject({ method: 'GET', url: '/api/v1/exercises' });
    expect(plain.headers['content-language']).toBe('en');
  });

  it("follows her profile's language once she chooses one, whatever the browser asks for", async () => {
    const user = await newUser();
    const ask = (headers: Record<string, string> = {}) =>
      app.inject({ method: 'GET', url: '/api/v1/profile', headers: { cookie: user.cookie, ...headers } });
    expect((await ask({ 'accept-language': 'de' })).headers['content-language']).toBe('de');
    const saved = await user.call('PUT', '/api/v1/profile', { language: 'es' });
    expect(saved.status).toBe(200);
    const res = await ask({ 'accept-language': 'de' });
    expect(res.headers['content-language']).toBe('es');
    expect(res.json().profile.language).toBe('es');
  });

  it('refuses a language we do not have', async () => {
    const user = await newUser();
    const res = await user.call('PUT', '/api/v1/profile', { language: 'fr' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.json)).toContain('en, de or es');
  });
});
