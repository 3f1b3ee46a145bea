import { describe, expect, it } from 'vitest';
import { catalogueGaps } from '../../i18n/catalogue.js';
import { ergonomicAreas } from '../areas.js';
import { ergonomicQuestions } from '../questions.js';
import { scoreErgonomics } from '../score.js';
import { deskCheckTranslations, ergonomicQuestionsIn, localizeErgonomicResult } from './index.js';
import { questionTexts } from './texts.js';

describe('desk check translations', () => {
  for (const [locale, translation] of Object.entries(deskCheckTranslations)) {
    it(`${locale}: every question and area has every text English has, and nothing more`, () => {
      expect(Object.keys(translation.questions).sort()).toEqual(ergonomicQuestions.map((q) => q.id).sort());
      for (const q of ergonomicQuestions)
        expect(catalogueGaps(questionTexts(q), translation.questions[q.id]), q.id).toEqual([]);
      for (const a of ergonomicAreas)
        expect(catalogueGaps({ label: a.label, note: a.note }, translation.areas[a.id]), a.id).toEqual([]);
    });

    it(`${locale}: one English fix has one translation, so a stored result reads the same`, () => {
      const seen = new Map<string, string>();
      const local = ergonomicQuestionsIn(locale as 'de' | 'es');
      ergonomicQuestions.forEach((q, i) => {
        q.options.forEach((o, j) => {
          const fix = local[i]?.options[j]?.fix;
          if (!o.fix || !fix) return;
          expect(seen.get(o.fix) ?? fix, o.fix).toBe(fix);
          seen.set(o.fix, fix);
        });
      });
    });
  }

  it('answers a stored English result in German, values and scores unchanged', () => {
    const answers = Object.fromEntries(ergonomicQuestions.map((q) => [q.id, q.options.at(-1)?.value ?? '']));
    const english = scoreErgonomics({ answers });
    const german = localizeErgonomicResult(english, 'de');
    expect(german.score).toBe(english.score);
    expect(german.topFixes).toHaveLength(english.topFixes.length);
    expect(german.topFixes[0]).toMatch(/Pausen-Erinnerungen/);
    expect(ergonomicQuestionsIn('es')[0]?.options.map((o) => o.value)).toEqual(
      ergonomicQuestions[0]?.options.map((o) => o.value),
    );
  });
});
