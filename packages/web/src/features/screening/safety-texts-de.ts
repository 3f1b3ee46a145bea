import { bleedingDe, bleedingTexts, triageDe, triageTexts, withTexts } from '@spinekind/core';
import type { SafetyTexts } from './safety-texts';

/** The German safety texts: its own chunk, loaded only for German. */
export const safetyDe: SafetyTexts = {
  locale: 'de',
  triage: withTexts(triageTexts, triageDe),
  bleeding: withTexts(bleedingTexts, bleedingDe),
};
