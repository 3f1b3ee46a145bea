import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { newExperiment } from './create.js';
import { refuseMedicineExperiment } from './custom-check.js';

const custom = (intervention: string, control = 'Carry on as usual') => ({
  title: 'My test',
  intervention,
  control,
});

describe('refuseMedicineExperiment', () => {
  it.each([
    'Take ibuprofen in the morning',
    'Stop my HRT patches',
    'Magnesium before bed',
    'Two Painkillers at lunch',
    'a fish oil capsule',
    'Vitamin D every day',
    'CBD oil drops',
    'Skip my meds',
  ])('refuses "%s" as a medicine or supplement', (text) => {
    const [problem] = refuseMedicineExperiment(custom(text));
    expect(problem?.path).toBe('custom.intervention');
    expect(problem?.message).toMatch(/medicine or supplement/);
  });

  it.each(['400 mg before bed', '2 x 500mg', '1000 IU in the morning', '5 ml at night'])(
    'refuses the dose "%s"',
    (text) => {
      expect(refuseMedicineExperiment(custom(text))[0]?.message).toMatch(/looks like a dose/);
    },
  );

  it.each([
    'Walk 20 minutes after lunch',
    'Sleep with a pillow between my knees',
    'Ironing sitting down',
    'Heat pad on my lower back',
  ])('accepts the behaviour "%s"', (text) => {
    expect(refuseMedicineExperiment(custom(text))).toEqual([]);
  });

  it.each([
    ['Magnesiumtabletten vor dem Schlafen', 'Magnesiumtabletten'],
    ['Keine Schmerzmittel am Wochenende', 'Schmerzmittel'],
    ['Die Pille absetzen', 'Pille'],
    ['Eisen zum Frühstück', 'Eisen'],
    ['Tomar ibuprofeno por la mañana', 'ibuprofeno'],
    ['Un suplemento de colágeno', 'suplemento'],
    ['Dejar las pastillas', 'pastillas'],
  ])('refuses the German or Spanish "%s", naming the word', (text, word) => {
    const [problem] = refuseMedicineExperiment(custom(text), 'de');
    expect(problem?.message).toBe(
      `„${word}“ klingt nach einem Medikament oder Nahrungsergänzungsmittel. Experimente hier sind nur für Alltagsgewohnheiten: Änderungen an Medikamenten oder Nahrungsergänzungsmitteln planst du mit deiner Ärztin, deinem Arzt oder in der Apotheke.`,
    );
  });

  it.each([
    'Reisen mit Lendenkissen',
    'Jeden Tag 20 Minuten spazieren',
    'Caminar después de comer',
    'Planchar sentada',
  ])('accepts the German or Spanish behaviour "%s"', (text) => {
    expect(refuseMedicineExperiment(custom(text), 'es')).toEqual([]);
  });

  it('checks the title and the control too', () => {
    const problems = refuseMedicineExperiment({
      title: 'Turmeric',
      intervention: 'Walk',
      control: 'Take a supplement',
    });
    expect(problems.map((p) => p.path)).toEqual(['custom.title', 'custom.control']);
  });
});

describe('newExperiment', () => {
  const ctx = { today: '2026-03-02', now: new Date('2026-03-02T09:00:00Z'), seed: 5 };
  const id = '00000000-0000-4000-8000-00000000000a';
  it('refuses a custom experiment about a medicine with the reason', () => {
    const make = () =>
      newExperiment({ id, startDate: '2026-03-02', custom: custom('Take paracetamol') }, ctx);
    expect(make).toThrow(DomainError);
    expect(make).toThrow(/medicine, supplement or dose/);
  });
  it('refuses a start date before her today', () => {
    expect(() => newExperiment({ id, startDate: '2026-03-01', templateId: 'morning-routine' }, ctx)).toThrow(
      /today or on a later day/,
    );
  });
  it('fills the template design and draws the stored schedule from the seed', () => {
    const e = newExperiment({ id, startDate: '2026-03-02', templateId: 'morning-routine' }, ctx);
    expect(e).toMatchObject({
      periodDays: 7,
      pairs: 3,
      washoutDays: 0,
      outcome: 'pain',
      endDate: '2026-04-12',
      seed: 5,
    });
    expect(e.schedule).toHaveLength(6);
  });
});
