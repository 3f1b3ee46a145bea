import { withTexts } from '../../i18n/catalogue.js';
import type { Locale } from '../../i18n/locales.js';
import type { InstrumentId } from '../registry.js';
import type { Band, Instrument } from '../types.js';
import {
  type InstrumentLanguage,
  type InstrumentTexts,
  instrumentLanguages,
  instrumentTextsOf,
} from './en.js';
import { functionTestsDe } from './function-tests-de.js';
import { functionTestsEs } from './function-tests-es.js';
import { questionnairesDe } from './questionnaires-de.js';
import { questionnairesEs } from './questionnaires-es.js';

export * from './en.js';

/** Every instrument's texts per language (the shape of each is `instrumentTextsOf` its English). */
export const instrumentCatalogues: Record<'de' | 'es', Record<InstrumentId, InstrumentTexts>> = {
  de: { ...questionnairesDe, ...functionTestsDe },
  es: { ...questionnairesEs, ...functionTestsEs },
};

/** How this language shows the instrument; English is always the instrument as published. */
export const instrumentLanguage = (id: InstrumentId, locale: Locale): InstrumentLanguage | 'original' =>
  locale === 'en' ? 'original' : instrumentLanguages[id][locale];

/** Shown in English here because its validated translation is not included (the web says so in her language). */
export const isEnglishOnly = (id: InstrumentId, locale: Locale) =>
  instrumentLanguage(id, locale) === 'englishOnly';

/**
 * The instrument in her language: names, recall, band texts and (function tests) the guide translated;
 * the validated wording only where a published translation is used, else left in English. Ids, values,
 * scoring and band ids never change.
 */
export function instrumentIn(instrument: Instrument, locale: Locale): Instrument {
  if (locale === 'en') return instrument;
  const id = instrument.id as InstrumentId;
  const texts = instrumentCatalogues[locale][id];
  const { bands: _bands, ...rest } = texts;
  const overlay = isEnglishOnly(id, locale) ? { ...rest, instructions: undefined, items: undefined } : rest;
  const localized = withTexts(instrument, overlay);
  return {
    ...localized,
    score: instrument.score,
    band: (score) => bandIn(id, instrument.band(score), locale),
  };
}

/** A band's label and explanation in her language (its id, which is stored and charted, unchanged). */
export function bandIn(id: InstrumentId, band: Band, locale: Locale): Band {
  if (locale === 'en') return band;
  const text = instrumentCatalogues[locale][id].bands[band.id];
  return text ? { ...band, ...text } : band;
}

/** The English texts a translation of this instrument must cover, for the completeness tests. */
export const instrumentTextsFor = (instrument: Instrument, locale: Exclude<Locale, 'en'>) =>
  instrumentTextsOf(instrument, !isEnglishOnly(instrument.id as InstrumentId, locale));
export * from './notes.js';
