import { profileSchema } from '@spinekind/core';
import i18next from 'i18next';
import { afterAll, describe, expect, it } from 'vitest';
import { config, z } from 'zod';
import { ApiError, fieldErrors, problemMessage, zodFieldErrors } from './api';
import { inErrorLanguage, loadErrorLanguage } from './error-language';

const t = i18next.t;

describe('error messages in the language on screen', () => {
  afterAll(() => loadErrorLanguage('en'));

  it('translates our messages and zod’s own once a language is loaded, keeping jitless', async () => {
    config({ jitless: true });
    await loadErrorLanguage('de');
    expect(config().jitless).toBe(true);
    const parsed = profileSchema.safeParse({ country: 'Germany', birthYear: 'soon' });
    expect(parsed.success).toBe(false);
    const errors = zodFieldErrors(parsed.error as z.ZodError);
    expect(errors.country).toBe('Verwende einen Ländercode aus zwei Buchstaben, etwa DE oder AT.');
    expect(errors.birthYear).toMatch(/^Ungültige Eingabe/);
  });

  it('translates a server message, and leaves one already translated alone', async () => {
    await loadErrorLanguage('es');
    const english = new ApiError(400, 'validation_failed', 'Some values are not valid.', [
      { path: 'country', message: 'Use a two-letter country code, like GB or US.' },
    ]);
    expect(problemMessage(english, t)).toBe('Algunos valores no son válidos.');
    expect(fieldErrors(english.details).country).toBe('Usa un código de país de dos letras, como ES o MX.');
    expect(inErrorLanguage('Algunos valores no son válidos.')).toBe('Algunos valores no son válidos.');
  });

  it('is English again for English', async () => {
    await loadErrorLanguage('en');
    expect(inErrorLanguage('Some values are not valid.')).toBe('Some values are not valid.');
    expect(z.number().safeParse('x').error?.issues[0]?.message).toMatch(/^Invalid input/);
  });

  it('the last language asked for wins when two load at once', async () => {
    await Promise.all([loadErrorLanguage('de'), loadErrorLanguage('es')]);
    expect(inErrorLanguage('Please sign in.')).toBe('Inicia sesión.');
  });
});
