import {
  type InstrumentId,
  instrumentById,
  instrumentIn,
  type Locale,
  type ReasonId,
  reasonLabelsIn,
  type TreatmentKind,
  treatmentKindLabelsIn,
} from '@spinekind/core';

/*
 * Seams: words the report takes from other features, which are being translated on their own. Each
 * answers English today; switch it to the feature's `…In(locale)` once that lands (the report's own
 * words are in `i18n/`).
 */

/** Why a screening was flagged, in her language. */
export function reasonLabelsFor(locale: Locale): Record<ReasonId, string> {
  return reasonLabelsIn(locale);
}

/** The kinds of treatment (physiotherapy, massage…), in her language. */
export function treatmentKindLabelsFor(locale: Locale): Record<TreatmentKind, string> {
  return treatmentKindLabelsIn(locale);
}

/** A questionnaire's name in her language (its id when the app no longer knows it). */
export function questionnaireNameFor(id: string, locale: Locale): string {
  const instrument = instrumentById(id);
  return instrument ? instrumentIn(instrument, locale).name : id;
}

/**
 * The report speaks as her ("summary for my doctor"), while the app's sentences speak to her: "your pain"
 * becomes "my pain", "after you started" becomes "after I started". English words only (they match nothing
 * in German or Spanish): sentences from other features in those languages must come in her voice from the
 * feature itself (see the seams in data.ts).
 */
export function firstPerson(sentence: string): string {
  return sentence
    .replace(/\byour\b/g, 'my')
    .replace(/\bYour\b/g, 'My')
    .replace(/\byou started\b/g, 'I started')
    .replace(/\bYou started\b/g, 'I started');
}
