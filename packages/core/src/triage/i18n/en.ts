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
  numbers: {
    /** Two numbers where a country has two ("112 or 999"). */
    either: '{{first}} or {{second}}',
    /** When her country is unknown or not set. */
    local: DEFAULT_EMERGENCY_NUMBER,
  },
};
export type TriageTexts = typeof triageTexts;
