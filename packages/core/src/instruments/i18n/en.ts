import type { InstrumentId } from '../registry.js';
import type { Band, Instrument } from '../types.js';

/** How a language shows an instrument (README.md records the source of each). */
export type InstrumentLanguage =
  /** A published, validated translation of the wording is used. */
  | 'validated'
  /** The validated wording stays in English: no free published translation we could confirm word for word. */
  | 'englishOnly'
  /** Not a validated questionnaire (a function test in our own words): translated like any other text. */
  | 'ours';

/** The texts of one instrument a translation may replace; the wording only where `validated` or `ours`. */
export interface InstrumentTexts {
  name: string;
  recall: string;
  instructions?: string;
  items?: { text: string; options: { label: string }[] }[];
  /** Band label and explanation by band id (never validated wording: ours, translated normally). */
  bands: Record<string, { label: string; text: string }>;
  test?: { why: string; safety: string[]; steps: string[]; evidence: { text: string }[] };
}

/** Highest total of each score a band can see, and the step between totals (the PEG has one decimal). */
const totals = (instrument: Instrument) => {
  const step = instrument.id === 'peg' ? 0.1 : 1;
  const max = instrument.id === 'chair_stand' ? 50 : instrument.maxScore;
  return Array.from({ length: Math.round(max / step) + 1 }, (_, i) => Math.round(i * step * 10) / 10);
};

/** Every band an instrument can give, by id, found by scoring every possible total. */
export function bandTextsOf(instrument: Instrument): InstrumentTexts['bands'] {
  const bands: InstrumentTexts['bands'] = {};
  for (const total of totals(instrument)) {
    const band: Band = instrument.band({ total });
    bands[band.id] ??= { label: band.label, text: band.text };
  }
  return bands;
}

/** The English texts of an instrument: the shape its translations copy (`withWording` adds instructions and items). */
export function instrumentTextsOf(instrument: Instrument, withWording: boolean): InstrumentTexts {
  return {
    name: instrument.name,
    recall: instrument.recall,
    ...(withWording
      ? {
          instructions: instrument.instructions,
          items: instrument.items.map((item) => ({
            text: item.text,
            options: item.options.map((o) => ({ label: o.label })),
          })),
        }
      : {}),
    bands: bandTextsOf(instrument),
    ...(instrument.test
      ? {
          test: {
            why: instrument.test.why,
            safety: [...instrument.test.safety],
            steps: [...instrument.test.steps],
            evidence: instrument.test.evidence.map((e) => ({ text: e.text })),
          },
        }
      : {}),
  };
}

/** Which version each language uses, per instrument (sources in README.md). */
export const instrumentLanguages: Record<InstrumentId, Record<'de' | 'es', InstrumentLanguage>> = {
  peg: { de: 'englishOnly', es: 'englishOnly' },
  mrs: { de: 'englishOnly', es: 'englishOnly' },
  rmdq: { de: 'englishOnly', es: 'englishOnly' },
  phq2: { de: 'validated', es: 'englishOnly' },
  gad2: { de: 'validated', es: 'englishOnly' },
  chair_stand: { de: 'ours', es: 'ours' },
  single_leg_stance: { de: 'ours', es: 'ours' },
  balance_4stage: { de: 'ours', es: 'ours' },
};
