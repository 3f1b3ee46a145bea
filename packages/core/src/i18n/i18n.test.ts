import { describe, expect, it } from 'vitest';
import { type Catalogue, catalogueGaps, placeholdersOf, withTexts } from './catalogue.js';
import { countryOf, defaultUnits, pickLocale } from './locales.js';
import { translator } from './messages.js';

describe('pickLocale', () => {
  it('takes the first of her languages that we have', () => {
    expect(pickLocale(['fr-FR', 'de-AT', 'en'])).toBe('de');
    expect(pickLocale(['es-419'])).toBe('es');
    expect(pickLocale(['ES_mx'])).toBe('es');
  });
  it('falls back to English', () => {
    expect(pickLocale(['fr', 'it'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});

describe('countries and units', () => {
  it('reads the country of a tag, not a region', () => {
    expect(countryOf('de-AT')).toBe('AT');
    expect(countryOf('es-419')).toBeUndefined();
    expect(countryOf('en')).toBeUndefined();
  });
  it('defaults to pounds and inches in the US only', () => {
    expect(defaultUnits('US')).toEqual({ weightUnit: 'lb', lengthUnit: 'in' });
    expect(defaultUnits('GB')).toEqual({ weightUnit: 'kg', lengthUnit: 'cm' });
    expect(defaultUnits(null)).toEqual({ weightUnit: 'kg', lengthUnit: 'cm' });
  });
});

describe('catalogueGaps', () => {
  const english = {
    title: 'Your {{count}} days',
    steps: ['One', 'Two'],
    nested: { a: 'A', days_one: '{{count}} day', days_other: '{{count}} days' },
  };
  const complete: Catalogue<typeof english> = {
    title: 'Deine {{count}} Tage',
    steps: ['Eins', 'Zwei'],
    nested: { a: 'A', days_one: '{{count}} Tag', days_other: '{{count}} Tage' },
  };

  it('finds nothing in a complete translation, extra plural forms allowed', () => {
    expect(placeholdersOf('{{a}} and {{ b }} and {{a}}')).toEqual(['a', 'b']);
    expect(catalogueGaps(english, complete)).toEqual([]);
    expect(
      catalogueGaps(english, { ...complete, nested: { ...complete.nested, days_many: '{{count}} días' } }),
    ).toEqual([]);
  });

  it('names missing and extra keys, list lengths, placeholders and empty texts', () => {
    const broken = {
      title: 'Deine Tage',
      steps: ['Eins'],
      nested: { days_one: '', days_other: '{{count}} Tage', b: 'B' },
    };
    expect(catalogueGaps(english, broken)).toEqual([
      { path: 'title', problem: 'placeholders', detail: 'English {count}, here {}' },
      { path: 'steps', problem: 'length', detail: 'English has 2, here 1' },
      { path: 'nested.a', problem: 'missing' },
      { path: 'nested.days_one', problem: 'empty' },
      { path: 'nested.b', problem: 'extra' },
    ]);
  });
});

describe('withTexts', () => {
  it('replaces texts and keeps everything else', () => {
    const exercise = { id: 'x', name: 'Bridge', steps: ['Lie down', 'Lift'], dose: { reps: 8 } };
    expect(withTexts(exercise, { name: 'Brücke', steps: ['Hinlegen', 'Anheben'] })).toEqual({
      id: 'x',
      name: 'Brücke',
      steps: ['Hinlegen', 'Anheben'],
      dose: { reps: 8 },
    });
    expect(withTexts(exercise, undefined)).toBe(exercise);
  });
});

describe('translator', () => {
  const messages = {
    en: { days_one: '{{count}} day', days_other: '{{count}} days', hello: 'Hello {{name}}' },
    de: { days_one: '{{count}} Tag', days_other: '{{count}} Tage', hello: 'Hallo {{name}}' },
    es: { days_one: '{{count}} día', days_other: '{{count}} días', hello: 'Hola {{name}}' },
  };
  it('resolves plurals and parameters per language', () => {
    expect(translator(messages, 'de')('days', { count: 1 })).toBe('1 Tag');
    expect(translator(messages, 'es')('days', { count: 3 })).toBe('3 días');
    expect(translator(messages, 'en')('hello', { name: 'Maya' })).toBe('Hello Maya');
  });
  it('throws on a key English does not have', () => {
    expect(() => translator(messages, 'de')('nope')).toThrow('No message "nope"');
  });
  it('answers a message asked again, with other parameters or in another language, as new', () => {
    const de = translator(messages, 'de');
    expect(translator(messages, 'de')).toBe(de);
    for (let round = 0; round < 2; round++) {
      expect(de('days', { count: 1 })).toBe('1 Tag');
      expect(de('days', { count: 2 })).toBe('2 Tage');
      expect(de('hello', { name: 'Maya' })).toBe('Hallo Maya');
      expect(de('hello', { name: 'Ana' })).toBe('Hallo Ana');
      expect(translator(messages, 'en')('days', { count: 2 })).toBe('2 days');
      expect(() => de('nope')).toThrow('No message "nope"');
    }
  });
});

describe('password copy', async () => {
  const { passwordCopy } = await import('../auth/password-copy.js');
  const { assessPassword } = await import('../auth/password-policy.js');
  it('has every text in every language', () => {
    expect(catalogueGaps(passwordCopy.en, passwordCopy.de)).toEqual([]);
    expect(catalogueGaps(passwordCopy.en, passwordCopy.es)).toEqual([]);
  });
  it('refuses and hints in her language', async () => {
    const short = await assessPassword('kurz', { locale: 'de' });
    expect(short.message).toBe(
      'Verwende mindestens 12 Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, kann man sich gut merken.',
    );
    const seq = await assessPassword('abcdefgh1234', { locale: 'es' });
    expect(seq.suggestions).toContain('Evita series como «abc» o «123».');
    expect((await assessPassword('abcdefgh1234')).suggestions).toContain(
      'Leave out runs like "abc" or "123".',
    );
  });
});
