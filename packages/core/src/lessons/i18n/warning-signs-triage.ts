import type { Locale } from '../../i18n/locales.js';
import { reasonLabels, triageAdvice } from '../../triage/advice.js';
import type { TriageWords } from './warning-signs-texts.js';

/**
 * What the warning-signs lesson quotes from triage, in a language: the sign labels and the advice
 * per level must be the screening's own words in that language, so they come from triage's
 * catalogues and are never translated a second time here.
 *
 * FOR THE LEAD: until triage's German and Spanish catalogues are merged (safety branch), this
 * answers triage's English labels and advice for every language. Once they are, answer
 * `{ reasonLabels: reasonLabelsIn(locale), advice: triageAdviceIn(locale), … }` here.
 */
export function triageWordsIn(locale: Locale): TriageWords {
  return {
    reasonLabels,
    advice: triageAdvice,
    // German labels may start with a noun, which keeps its capital inside a sentence.
    lowerInside: locale !== 'de',
  };
}
