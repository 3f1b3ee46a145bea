import { describe, expect, it } from 'vitest';
import { catalogueGaps, textsOf } from '../../i18n/catalogue.js';
import type { ExperimentAnalysis } from '../analysis.js';
import { outcomeWords, resultSentence } from '../outcome.js';
import { experimentTemplates } from '../templates.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { experimentTemplatesIn } from './index.js';
import { templateTextKeys, templateTranslations } from './templates.js';

const analysis = (fields: Partial<ExperimentAnalysis>): ExperimentAnalysis =>
  ({
    effect: -1.8,
    ciLow: -3.1,
    ciHigh: -0.6,
    probabilityBenefit: 0.81,
    pairsUsed: 3,
    verdict: 'likely helps',
    days: [],
    ...fields,
  }) as ExperimentAnalysis;

describe('experiment catalogues', () => {
  it('German and Spanish have every message English has', () => {
    expect(catalogueGaps(en, de)).toEqual([]);
    expect(catalogueGaps(en, es)).toEqual([]);
  });

  for (const [locale, texts] of Object.entries(templateTranslations)) {
    it(`${locale}: every ready-made experiment is translated, and nothing more`, () => {
      expect(Object.keys(texts).sort()).toEqual(experimentTemplates.map((t) => t.id).sort());
      for (const t of experimentTemplates)
        expect(catalogueGaps(textsOf(t, templateTextKeys), texts[t.id]), t.id).toEqual([]);
    });
  }

  it('keeps ids and designs of the templates', () => {
    const [first] = experimentTemplatesIn('es');
    expect(first).toMatchObject({
      id: 'morning-routine',
      lessonId: 'exercise-helps',
      title: 'Rutina de la mañana',
    });
  });

  it('writes the result in her language with her decimal mark', () => {
    expect(resultSentence(analysis({}), outcomeWords('pain', undefined, 'de'), false, 'de')).toBe(
      'Es hilft wahrscheinlich. Dein Schmerzwert war an „Ausprobieren“-Tagen 1,8 Punkte niedriger als an „Wie immer“-Tagen (95-%-Bereich: -3,1 bis -0,6). Die Wahrscheinlichkeit für einen echten Nutzen (mindestens 1 Punkt besser) liegt bei 81 %.',
    );
    expect(
      resultSentence(
        analysis({ effect: 1, verdict: 'likely worse' }),
        outcomeWords('sleepQuality', undefined, 'es'),
        true,
        'es',
      ),
    ).toMatch(/^Probablemente te sienta peor\. Por ahora, tu calidad del sueño fue 1,0 punto mayor/);
  });
});
