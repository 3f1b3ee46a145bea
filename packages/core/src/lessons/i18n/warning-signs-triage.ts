import type { Locale } from '../../i18n/locales.js';
import { reasonLabelsIn, triageAdviceIn } from '../../triage/i18n/index.js';
import type { TriageWords } from './warning-signs-texts.js';

/**
 * What the warning-signs lesson quotes from triage, in a language: the sign labels and the advice
 * per level must be the screening's own words in that language, so they come from triage's
 * catalogues and are never translated a second time here.

 */
export function triageWordsIn(locale: Locale): TriageWords {
  return {
    reasonLabels: reasonLabelsIn(locale),
    advice: triageAdviceIn(locale),
    // German labels may start with a noun, which keeps its capital inside a sentence.
    lowerInside: locale !== 'de',
  };
}
