import { reasonLabels, triageAdvice } from '../advice.js';
import { DEFAULT_EMERGENCY_NUMBER } from '../emergency-numbers.js';
import { triageQuestions } from '../questions.js';

/**
 * Every text of the red-flag triage that reaches her, in English as written (advice byte-exact from the
 * spec §5, reason labels from §7.2, the questions): the shape each translation copies.
 */
export const triageTexts = {
  advice: triageAdvice,
  reasons: reasonLabels,
  questions: triageQuestions,
  /** Where to go and whom to call in her country (country-help.ts); names and numbers stay as the country writes them. */
  help: {
    whereTitle: 'Where to get seen today',
    crisisTitle: 'If you feel unsafe',
    crisisIntro:
      'If you ever feel unsafe or think about harming yourself, call {{number}} or one of these lines now:',
    allDay: 'day and night',
    source: 'Source: {{organisation}}',
    noCountry:
      'Add your country in your profile to see where to get seen and the crisis lines where you live.',
  },
  numbers: {
    /** Two numbers where a country has two ("112 or 999"). */
    either: '{{first}} or {{second}}',
    /** When her country is unknown or not set. */
    local: DEFAULT_EMERGENCY_NUMBER,
  },
};
export type TriageTexts = typeof triageTexts;
