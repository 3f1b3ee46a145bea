import { describe, expect, it } from 'vitest';
import { catalogueGaps, textsOf } from '../../i18n/catalogue.js';
import { checklistItems } from '../checklists.js';
import { checklistItemIn, checklistTranslations } from './index.js';

describe('checklist translations', () => {
  for (const [locale, texts] of Object.entries(checklistTranslations)) {
    it(`${locale}: every item has its tip and reason, and no unknown item`, () => {
      expect(Object.keys(texts).sort()).toEqual(checklistItems.map((i) => i.id).sort());
      for (const item of checklistItems)
        expect(catalogueGaps(textsOf(item, ['text', 'why']), texts[item.id]), item.id).toEqual([]);
    });
  }

  it('keeps ids, routines and lessons', () => {
    expect(checklistItemIn('sleep-wind-down', 'de')).toMatchObject({
      routineId: 'evening-wind-down-10',
      lessonId: 'tension-and-mindfulness',
      text: 'Mach abends eine kurze, sanfte Übungsfolge.',
    });
  });
});
