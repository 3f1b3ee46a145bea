import { withTexts } from '../../i18n/catalogue.js';
import type { Locale } from '../../i18n/locales.js';
import { DEFAULT_EMERGENCY_NUMBER, emergencyNumberFor } from '../emergency-numbers.js';
import type { TriageQuestionText } from '../questions.js';
import type { ReasonId, TriageAnswerKey, TriageLevel } from '../schema.js';
import { triageDe } from './de.js';
import { type TriageTexts, triageTexts } from './en.js';
import { triageEs } from './es.js';

export { triageDe } from './de.js';
export { type TriageTexts, triageTexts } from './en.js';
export { triageEs } from './es.js';

const catalogues = { de: triageDe, es: triageEs };

/**
 * All triage texts in her language: English as written, else the translation laid over it (so a text a
 * translation lacked would still show in English; the catalogue tests keep that from happening).
 */
export function triageTextsIn(locale: Locale): TriageTexts {
  return locale === 'en' ? triageTexts : withTexts(triageTexts, catalogues[locale]);
}

/** The fixed advice per level in her language (English stays byte-exact to the spec). */
export const triageAdviceIn = (locale: Locale): Record<TriageLevel, string> => triageTextsIn(locale).advice;

/** Plain reason labels ("because you said") in her language. */
export const reasonLabelsIn = (locale: Locale): Record<ReasonId, string> => triageTextsIn(locale).reasons;

/** The screening questions and their "why we ask" in her language. */
export const triageQuestionsIn = (locale: Locale): Record<TriageAnswerKey, TriageQuestionText> =>
  triageTextsIn(locale).questions;

/**
 * The ambulance number of her country as a phrase in her language ("112 oder 999"; "your local emergency
 * number" in her words when the country is unknown). Takes the texts so the web can pass a lazily loaded one.
 */
export function emergencyNumberText(country: string | null | undefined, texts: TriageTexts): string {
  const number = emergencyNumberFor(country);
  if (number === DEFAULT_EMERGENCY_NUMBER) return texts.numbers.local;
  const [first, second] = number.split(' or ');
  return second === undefined
    ? number
    : texts.numbers.either.replace('{{first}}', first as string).replace('{{second}}', second);
}
