import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../catalogue.js';
import { errorMessages, translateMessage } from './index.js';
import { messageTranslator } from './translate.js';

describe('messageTranslator', () => {
  const t = messageTranslator({
    'Some values are not valid.': 'Einige Angaben sind ungültig.',
    '{{what}} must be {{max}} or less.': '{{what}}: höchstens {{max}}.',
    '{{what}} must be 10 or less.': '{{what}}: höchstens zehn.',
    'Use a date from {{from}} to {{to}}.': 'Vom {{from}} bis {{to}}.',
    Pain: 'Schmerz',
    '"{{column}}" feeds {{field}}.': '"{{column}}" füllt {{field}}.',
  });

  it('translates exact texts and leaves unknown (or already translated) ones as they are', () => {
    expect(t('Some values are not valid.')).toBe('Einige Angaben sind ungültig.');
    expect(t('Nobody wrote this.')).toBe('Nobody wrote this.');
    expect(t('Einige Angaben sind ungültig.')).toBe('Einige Angaben sind ungültig.');
  });

  it('fills templates with the values of the English text, translating values it knows', () => {
    expect(t('Sleep hours must be 24 or less.')).toBe('Sleep hours: höchstens 24.');
    expect(t('Use a date from 2026-03-01 to 2026-03-14.')).toBe('Vom 2026-03-01 bis 2026-03-14.');
  });

  it('prefers the template with the most fixed text, and names it knows', () => {
    expect(t('Pain must be 10 or less.')).toBe('Schmerz: höchstens zehn.');
  });

  it('keeps a quoted value as she wrote it (her column, her symptom), even one it knows', () => {
    expect(t('"Pain" feeds Pain.')).toBe('"Pain" füllt Schmerz.');
  });
});

describe('translateMessage', () => {
  it('answers English as it is and the other languages from their catalogues', () => {
    expect(translateMessage('Some values are not valid.', 'en')).toBe('Some values are not valid.');
    expect(translateMessage('Some values are not valid.', 'de')).toBe('Einige Angaben sind ungültig.');
    expect(translateMessage('Sleep quality must be 10 or less.', 'es')).toBe(
      'Calidad del sueño: como máximo 10.',
    );
    expect(translateMessage('Use a two-letter country code, like GB or US.', 'de')).toContain('Ländercode');
  });
});

describe('the error message catalogues', () => {
  const { de, es } = errorMessages;

  it('German and Spanish translate the same English texts', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(de).sort());
  });

  it.each(['de', 'es'] as const)('%s keeps every placeholder and leaves no text empty', (locale) => {
    const problems = Object.entries(errorMessages[locale]).filter(
      ([english, text]) =>
        text.trim() === '' || placeholdersOf(english).join() !== placeholdersOf(text).join(),
    );
    expect(problems).toEqual([]);
  });
});

describe('import texts', () => {
  it('a whole text wins over a template; the values from her file stay as they are', () => {
    expect(translateMessage('Meds/Supplements entries', 'de')).toBe('Einträge unter Meds/Supplements');
    expect(translateMessage('"Gratitude" entries', 'de')).toBe('Einträge "Gratitude"');
    expect(translateMessage('"Mood" events', 'de')).toBe('Ereignisse "Mood"');
    expect(translateMessage('"mood" entries', 'es')).toBe('Entradas "mood"');
    expect(translateMessage('"95 st" is not a body weight.', 'de')).toBe('"95 st" ist kein Körpergewicht.');
    expect(translateMessage('12 [lb_av] is out of range for weightKg.', 'es')).toBe(
      '12 [lb_av] está fuera del rango de weightKg.',
    );
  });

  it('a quoted value is her own text: never translated, even when a whole entry has its words', () => {
    expect(translateMessage('"Pain" has two values at 2024-03-01 08:00: 4 (row 2) and 6.', 'de')).toBe(
      '"Pain" hat zwei Werte am 2024-03-01 08:00: 4 (Zeile 2) und 6.',
    );
    expect(translateMessage('"Pain" has two values at the same time: 4 (row 2) and 6.', 'de')).toBe(
      '"Pain" hat zur selben Zeit zwei Werte: 4 (Zeile 2) und 6.',
    );
  });
});
