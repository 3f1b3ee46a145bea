import { bleedingDe, triageAnswerKeys, triageDe, triageEs, triageTexts } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { localeOfLanguage as currentLocale } from '../../i18n/locale';
import { questionGroups } from './questions';
import { loadSafetyTexts } from './safety-texts';

describe('the safety check on the device', () => {
  it('asks every triage question exactly once', () => {
    const asked = questionGroups.flatMap((g) => g.keys);
    expect([...asked].sort()).toEqual([...triageAnswerKeys].sort());
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('loads German and Spanish texts whole, English without waiting', async () => {
    const de = await loadSafetyTexts('de');
    expect(de.locale).toBe('de');
    expect(de.triage.advice.emergency).toBe(triageDe.advice.emergency);
    expect(de.triage.questions.saddle_numbness).toEqual(triageDe.questions.saddle_numbness);
    expect(de.bleeding.advice.after_menopause).toBe(bleedingDe.advice.after_menopause);
    expect((await loadSafetyTexts('es')).triage.reasons.fever).toBe(triageEs.reasons.fever);
    expect((await loadSafetyTexts('en')).triage).toBe(triageTexts);
  });

  it('reads the app language as one of ours', () => {
    expect(currentLocale('de-AT')).toBe('de');
    expect(currentLocale('fr')).toBe('en');
    expect(currentLocale(undefined)).toBe('en');
  });
});
