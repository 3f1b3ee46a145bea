import { describe, expect, it } from 'vitest';
import { catalogueGaps } from '../../i18n/catalogue.js';
import { reasonLabels, triageAdvice } from '../advice.js';
import { reasonIds, triageAnswerKeys, triageLevels } from '../schema.js';
import { triage } from '../triage.js';
import {
  emergencyNumberText,
  reasonLabelsIn,
  triageAdviceIn,
  triageDe,
  triageEs,
  triageQuestionsIn,
  triageTexts,
  triageTextsIn,
} from './index.js';

describe('triage texts in German and Spanish', () => {
  it('have every text English has, with the same placeholders', () => {
    expect(catalogueGaps(triageTexts, triageDe)).toEqual([]);
    expect(catalogueGaps(triageTexts, triageEs)).toEqual([]);
  });

  it('cover every level, reason and question', () => {
    for (const locale of ['de', 'es'] as const) {
      expect(Object.keys(triageAdviceIn(locale)).sort()).toEqual([...triageLevels].sort());
      expect(Object.keys(reasonLabelsIn(locale)).sort()).toEqual([...reasonIds].sort());
      expect(Object.keys(triageQuestionsIn(locale)).sort()).toEqual([...triageAnswerKeys].sort());
    }
  });

  it('translate every text (none left in English by mistake)', () => {
    for (const locale of ['de', 'es'] as const) {
      const texts = triageTextsIn(locale);
      for (const level of triageLevels) expect(texts.advice[level]).not.toBe(triageAdvice[level]);
      for (const id of reasonIds) expect(texts.reasons[id], id).not.toBe(reasonLabels[id]);
      for (const key of triageAnswerKeys) {
        expect(texts.questions[key].text, key).not.toBe(triageTexts.questions[key].text);
        expect(texts.questions[key].why, key).not.toBe(triageTexts.questions[key].why);
      }
    }
  });

  it('keeps English byte-exact and the engine English', () => {
    expect(triageAdviceIn('en')).toBe(triageAdvice);
    expect(triage({ age: 50, answers: { bladder_change: true } }).advice).toBe(triageAdvice.emergency);
  });

  it('keeps the numbers and the urgency words of each level', () => {
    const de = triageAdviceIn('de');
    const es = triageAdviceIn('es');
    expect(de.emergency).toMatch(/Notruf.*Notaufnahme/);
    expect(es.emergency).toMatch(/emergencias.*urgencias/);
    expect(de.urgent).toContain('24 Stunden');
    expect(es.urgent).toContain('24 horas');
    expect(de.soon).toContain('1–2 Wochen');
    expect(es.soon).toContain('1-2 semanas');
    expect(de.self_care).toContain('4–6 Wochen');
    expect(es.self_care).toContain('4-6 semanas');
  });
});

describe('emergencyNumberText', () => {
  it('says one number as it is, two in her language, none as "your emergency number"', () => {
    expect(emergencyNumberText('DE', triageTextsIn('de'))).toBe('112');
    expect(emergencyNumberText('IE', triageTextsIn('de'))).toBe('112 oder 999');
    expect(emergencyNumberText('IE', triageTextsIn('es'))).toBe('112 o 999');
    expect(emergencyNumberText('IE', triageTexts)).toBe('112 or 999');
    expect(emergencyNumberText(null, triageTexts)).toBe('your local emergency number');
    expect(emergencyNumberText(undefined, triageTextsIn('es'))).toBe('número de emergencias de tu país');
  });
});
