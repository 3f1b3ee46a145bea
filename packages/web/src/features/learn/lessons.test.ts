import { lessonsIn } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { localeOfLanguage as currentLocale } from '../../i18n/locale';
import { searchLessons } from './library';

describe('lessons in her language', () => {
  it('reads the language part of i18next.language, English for anything else', () => {
    expect(currentLocale('de')).toBe('de');
    expect(currentLocale('es-MX')).toBe('es');
    expect(currentLocale('fr')).toBe('en');
    expect(currentLocale(undefined)).toBe('en');
  });

  it('searches the German and Spanish texts', async () => {
    expect(searchLessons(await lessonsIn('de'), 'Knochendichte').map((l) => l.id)).toContain('bone-health');
    expect(searchLessons(await lessonsIn('es'), 'densitometría').map((l) => l.id)).toContain('bone-health');
  });
});
