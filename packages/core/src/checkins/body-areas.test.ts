import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/locales.js';
import {
  bodyAreaLabels,
  bodyAreaLabelsIn,
  bodyAreas,
  painQualities,
  painQualityLabels,
  painQualityLabelsIn,
} from './body-areas.js';

describe('body area and pain quality names in every language', () => {
  it.each(locales)('%s names every area and quality, each one differently', (locale) => {
    const areas = bodyAreas.map((a) => bodyAreaLabelsIn(locale)[a]);
    const qualities = painQualities.map((q) => painQualityLabelsIn(locale)[q]);
    for (const name of [...areas, ...qualities]) expect(name?.trim()).toBeTruthy();
    expect(new Set(areas).size).toBe(bodyAreas.length);
    expect(new Set(qualities).size).toBe(painQualities.length);
  });

  it('keeps English as the English exports', () => {
    expect(bodyAreaLabelsIn('en')).toBe(bodyAreaLabels);
    expect(painQualityLabelsIn('en')).toBe(painQualityLabels);
    expect(bodyAreaLabelsIn('de').lower_back_centre).toBe('Unterer Rücken, Mitte');
    expect(painQualityLabelsIn('es').numbness).toBe('Entumecimiento');
  });
});
