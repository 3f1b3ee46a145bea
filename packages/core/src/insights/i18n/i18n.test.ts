import { describe, expect, it } from 'vitest';
import { catalogueGaps } from '../../i18n/catalogue.js';
import { computeInsights } from '../compute.js';
import { mulberry32, simulateCheckins } from '../simulate.js';
import { de, deWords } from './de.js';
import { en, enWords } from './en.js';
import { es, esWords } from './es.js';

describe('insights catalogues', () => {
  it('German and Spanish have every message and driver name English has', () => {
    expect(catalogueGaps(en, de)).toEqual([]);
    expect(catalogueGaps(en, es)).toEqual([]);
    expect(catalogueGaps(enWords, deWords)).toEqual([]);
    expect(catalogueGaps(enWords, esWords)).toEqual([]);
  });

  it('answers every sentence in her language, never an English word of ours', () => {
    const checkins = simulateCheckins({ rng: mulberry32(3), from: '2026-01-01', days: 90, sleepEffect: -1 });
    const input = {
      checkins,
      from: '2025-12-20',
      to: '2026-04-30',
      treatments: [{ id: 't1', name: 'Physio', startDate: '2026-02-01', endDate: null }],
    };
    for (const locale of ['de', 'es'] as const) {
      const insights = computeInsights({ ...input, locale });
      const sentences = [
        insights.trend.sentence,
        ...insights.drivers.map((d) => d.sentence),
        ...insights.treatments.flatMap((t) => [t.sentence, t.warning]),
      ];
      for (const s of sentences) expect(s).not.toMatch(/\b(pain|days?|points|range|with|the)\b/);
    }
    const german = computeInsights({ ...input, locale: 'de' });
    expect(german.drivers.find((d) => d.driver === 'sleepHours')?.sentence).toMatch(/Schlaf/);
    expect(german.treatments[0]?.warning).toMatch(/Behandlung/);
  });
});
