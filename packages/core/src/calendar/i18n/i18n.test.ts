import { describe, expect, it } from 'vitest';
import { exampleBreakSettings } from '../../breaks/example.js';
import { catalogueGaps } from '../../i18n/catalogue.js';
import { breakEvents } from '../events.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';

describe('calendar catalogues', () => {
  it('German and Spanish have every text English has', () => {
    expect(catalogueGaps(en, de)).toEqual([]);
    expect(catalogueGaps(en, es)).toEqual([]);
  });

  it('writes break events in her language, times unchanged', () => {
    const settings = { ...exampleBreakSettings(), enabled: true };
    const [english] = breakEvents(settings, '2026-03-02', 7);
    const [german] = breakEvents(settings, '2026-03-02', 7, 'de');
    expect(german?.summary).toMatch(/^Bewegungspausen, alle \d+ Min\.$/);
    expect(german?.description).toMatch(/^Pausen-Erinnerungen um /);
    expect(german?.start).toBe(english?.start);
  });
});
