import { bleedingEs, bleedingTexts, triageEs, triageTexts, withTexts } from '@spinekind/core';
import type { SafetyTexts } from './safety-texts';

/** The Spanish safety texts: its own chunk, loaded only for Spanish. */
export const safetyEs: SafetyTexts = {
  locale: 'es',
  triage: withTexts(triageTexts, triageEs),
  bleeding: withTexts(bleedingTexts, bleedingEs),
};
