import { describe, expect, it } from 'vitest';
import { catalogueGaps } from '../../i18n/catalogue.js';
import { functionTests } from '../function-tests.js';
import type { InstrumentId } from '../registry.js';
import { instruments } from '../registry.js';
import {
  bandTextsOf,
  instrumentCatalogues,
  instrumentIn,
  instrumentLanguage,
  instrumentTextsFor,
  isEnglishOnly,
} from './index.js';

const all = [...instruments, ...functionTests];

describe.each(['de', 'es'] as const)('instruments in %s', (locale) => {
  it.each(all.map((i) => [i.id, i] as const))('%s has every text it must translate', (_id, instrument) => {
    const catalogue = instrumentCatalogues[locale][instrument.id as InstrumentId];
    expect(catalogueGaps(instrumentTextsFor(instrument, locale), catalogue)).toEqual([]);
  });

  it('never changes scoring: the same totals and band ids for every answer set tried', () => {
    for (const instrument of all) {
      const local = instrumentIn(instrument, locale);
      const answers = instrument.items.map((item) => item.options.at(-1)?.value ?? 0);
      expect(local.score(answers)).toEqual(instrument.score(answers));
      for (const total of [0, 1, 3, 5, 9, 17, 24, 44]) {
        expect(local.band({ total }).id, `${instrument.id} ${total}`).toBe(instrument.band({ total }).id);
      }
      expect(local.items.map((i) => i.options.map((o) => o.value))).toEqual(
        instrument.items.map((i) => i.options.map((o) => o.value)),
      );
    }
  });

  it('translates every band label and text (ours, not validated wording)', () => {
    for (const instrument of all) {
      const local = instrumentIn(instrument, locale);
      for (const [id, band] of Object.entries(bandTextsOf(instrument))) {
        const total = [0, 2, 3, 4, 5, 7, 9, 17, 30].find((t) => instrument.band({ total: t }).id === id) ?? 0;
        expect(local.band({ total }).label, `${instrument.id} ${id}`).not.toBe(band.label);
      }
    }
  });

  it('keeps validated wording in English where no published translation is used', () => {
    for (const instrument of instruments) {
      const local = instrumentIn(instrument, locale);
      if (isEnglishOnly(instrument.id as InstrumentId, locale)) {
        expect(local.items).toEqual(instrument.items);
        expect(local.instructions).toBe(instrument.instructions);
      } else {
        expect(local.items[0]?.text).not.toBe(instrument.items[0]?.text);
      }
      expect(local.citation).toBe(instrument.citation);
    }
  });
});

describe('which version each language uses', () => {
  it('uses the published German PHQ-2 and GAD-2 word for word', () => {
    const phq2 = instrumentIn(instruments.find((i) => i.id === 'phq2') as (typeof instruments)[number], 'de');
    expect(phq2.instructions).toBe(
      'Wie oft fühlten Sie sich im Verlauf der letzten 2 Wochen durch die folgenden Beschwerden beeinträchtigt?',
    );
    expect(phq2.items.map((i) => i.text)).toEqual([
      'Wenig Interesse oder Freude an Ihren Tätigkeiten',
      'Niedergeschlagenheit, Schwermut oder Hoffnungslosigkeit',
    ]);
    expect(phq2.items[0]?.options.map((o) => o.label)).toEqual([
      'Überhaupt nicht',
      'An einzelnen Tagen',
      'An mehr als der Hälfte der Tage',
      'Beinahe jeden Tag',
    ]);
    expect(instrumentLanguage('gad2', 'de')).toBe('validated');
  });

  it('shows the rest in English, and English as published', () => {
    for (const id of ['peg', 'mrs', 'rmdq'] as const) {
      expect(isEnglishOnly(id, 'de'), id).toBe(true);
      expect(isEnglishOnly(id, 'es'), id).toBe(true);
    }
    expect(isEnglishOnly('phq2', 'es')).toBe(true);
    expect(isEnglishOnly('chair_stand', 'es')).toBe(false);
    expect(instrumentLanguage('peg', 'en')).toBe('original');
    expect(instrumentIn(instruments[0] as (typeof instruments)[number], 'en')).toBe(instruments[0]);
  });
});

describe('instrument notes', () => {
  it('say "shown in English" in every language', async () => {
    const { instrumentNotes } = await import('./notes.js');
    expect(catalogueGaps(instrumentNotes.en, instrumentNotes.de)).toEqual([]);
    expect(catalogueGaps(instrumentNotes.en, instrumentNotes.es)).toEqual([]);
  });
});
