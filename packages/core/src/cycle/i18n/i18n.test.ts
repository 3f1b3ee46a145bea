import { describe, expect, it } from 'vitest';
import { catalogueGaps } from '../../i18n/catalogue.js';
import { forecastNextPeriod } from '../forecast.js';
import { estimateStage } from '../stage.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';

describe('cycle catalogues', () => {
  it('German and Spanish have every explanation English has', () => {
    expect(catalogueGaps(en, de)).toEqual([]);
    expect(catalogueGaps(en, es)).toEqual([]);
  });

  it('explains the stage estimate and the forecast in her language, still an estimate', () => {
    const none = estimateStage({ episodes: [], profile: {}, asOf: '2026-03-01', locale: 'de' });
    expect(none.basis).toBe(
      'Noch keine Periode eingetragen. Trag 4 Perioden hintereinander ein, um eine Schätzung zu sehen. Das ist eine Schätzung aus deinem Protokoll, keine Diagnose.',
    );
    const hrt = forecastNextPeriod({
      cycles: [],
      profile: { hrt: true },
      stage: none,
      asOf: '2026-03-01',
      locale: 'es',
    });
    expect(hrt.note).toBe('La THS cambia el sangrado, así que no hacemos previsión de tu regla.');
  });
});
