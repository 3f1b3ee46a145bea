import { bleedingAdvice, bleedingReasonLines } from '../advice.js';
import type { BleedingReason } from '../schema.js';

/** The bleeding check's fixed texts in English as written (spec §5): the shape each translation copies. */
export const bleedingTexts = {
  advice: bleedingAdvice,
  reasonLines: bleedingReasonLines as Required<Pick<typeof bleedingReasonLines, LinedReason>>,
};
/** The reasons that carry an extra line beside the advice. */
type LinedReason = Extract<BleedingReason, 'age_55_or_over' | 'gap' | 'self_report'>;
export type BleedingTexts = typeof bleedingTexts;
