import {
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

/** Word swaps that turn a sentence spoken to her into one spoken as her, per language. */
const voices: Record<Locale, [RegExp, string][]> = {
  en: [
    [/\byour\b/g, 'my'],
    [/\bYour\b/g, 'My'],
    [/\byou started\b/g, 'I started'],
    [/\bYou started\b/g, 'I started'],
  ],
  // German: the possessive in every case ("deine Schmerzen" → "meine Schmerzen"), and "du … hast".
  de: [
    [/\bdein(e|en|em|er|es)?\b/g, 'mein$1'],
    [/\bDein(e|en|em|er|es)?\b/g, 'Mein$1'],
    [/\bdich\b/g, 'mich'],
    [/\bdir\b/g, 'mir'],
    [/\bdu\b/g, 'ich'],
    [/\bhast\b/g, 'habe'],
    [/\bbist\b/g, 'bin'],
  ],
  // Spanish: "tu dolor" → "mi dolor", "para ti" → "para mí", "empezaste" → "empecé".
  es: [
    [/\btus\b/g, 'mis'],
    [/\bTus\b/g, 'Mis'],
    [/\btu\b/g, 'mi'],
    [/\bTu\b/g, 'Mi'],
    [/\bti\b/g, 'mí'],
    [/\bempezaste\b/g, 'empecé'],
  ],
};

/**
 * The report speaks as her ("summary for my doctor"), while the app's sentences speak to her: "your pain"
 * becomes "my pain", "deine Schmerzen" "meine Schmerzen", "tu dolor" "mi dolor". Each feature's sentences
 * are few and checked in labels.test.ts, so word swaps are enough; a sentence they cannot turn stays as is.
 */
export function firstPerson(sentence: string, locale: Locale = 'en'): string {
  return voices[locale].reduce((text, [from, to]) => text.replace(from, to), sentence);
}
