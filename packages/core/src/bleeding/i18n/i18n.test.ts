import { describe, expect, it } from 'vitest';
import { catalogueGaps } from '../../i18n/catalogue.js';
import { bleedingAdvice, bleedingExtraLines } from '../advice.js';
import { bleedingCheck } from '../check.js';
import { bleedingKinds } from '../schema.js';
import {
  bleedingDe,
  bleedingEs,
  bleedingExtraLinesIn,
  bleedingTexts,
  bleedingTextsIn,
  localizeBleedingCheck,
} from './index.js';

describe('bleeding check texts in German and Spanish', () => {
  it('have every text English has', () => {
    expect(catalogueGaps(bleedingTexts, bleedingDe)).toEqual([]);
    expect(catalogueGaps(bleedingTexts, bleedingEs)).toEqual([]);
  });

  it('translate every advice and keep its 2-week time frame', () => {
    for (const kind of bleedingKinds) {
      expect(bleedingTextsIn('de').advice[kind]).not.toBe(bleedingAdvice[kind]);
      expect(bleedingTextsIn('es').advice[kind]).not.toBe(bleedingAdvice[kind]);
    }
    for (const kind of ['after_menopause', 'unscheduled_on_hrt', 'after_hysterectomy'] as const) {
      expect(bleedingTextsIn('de').advice[kind]).toContain('2 Wochen');
      expect(bleedingTextsIn('es').advice[kind]).toContain('2 semanas');
    }
  });

  it('gives the reason lines in her language, in the order of the reasons', () => {
    const reasons = ['gap', 'age_55_or_over'] as const;
    expect(bleedingExtraLinesIn(reasons, bleedingTexts)).toEqual(bleedingExtraLines(reasons));
    expect(bleedingExtraLinesIn(reasons, bleedingTextsIn('de'))).toEqual([
      bleedingDe.reasonLines.gap,
      bleedingDe.reasonLines.age_55_or_over,
    ]);
    expect(bleedingExtraLinesIn(['hrt'], bleedingTextsIn('es'))).toEqual([]);
  });

  it('localizes only the advice of a result', () => {
    const result = bleedingCheck({
      asOf: '2026-03-14',
      age: 57,
      profile: { menopausalSelfReport: 'no_period_12_months_or_more' },
      bleeding: [{ date: '2026-03-14', amount: 'light' }],
    });
    const de = localizeBleedingCheck(result, 'de');
    expect(de).toEqual({ ...result, advice: bleedingDe.advice.after_menopause });
    expect(localizeBleedingCheck(result, 'en')).toEqual(result);
    const none = bleedingCheck({ asOf: '2026-03-14', age: 50, profile: {}, bleeding: [] });
    expect(localizeBleedingCheck(none, 'es')).toEqual(none);
  });
});
