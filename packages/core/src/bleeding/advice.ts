import type { BleedingKind, BleedingReason } from './schema.js';

/** Spec §5: the `advice` field is exactly one of these, per kind (tests compare them with the spec). */
export const bleedingAdvice: Record<BleedingKind, string> = {
  after_menopause:
    'Bleeding or spotting after your periods have stopped for 12 months should always be checked by a doctor. It is usually caused by something harmless, but it needs a check to rule out problems that are best found early. Book an appointment with your GP within the next 2 weeks and say it is bleeding after the menopause.',
  unscheduled_on_hrt:
    'This bleeding is outside the pattern expected on your HRT, so it should be checked. It is usually harmless and often settles with a change of HRT, but book an appointment with your GP or menopause clinic within the next 2 weeks, and bring the dates of your HRT start and any changes.',
  after_hysterectomy:
    'Bleeding after a hysterectomy is not expected and should be checked. Book an appointment with your GP within the next 2 weeks.',
  on_hrt:
    'Some bleeding is common in the first 6 months of HRT and for 3 months after a change, and cyclical HRT brings a planned monthly bleed. Tell your GP or prescriber if bleeding is heavy, lasts more than 7 days, comes between planned bleeds or after sex, or carries on beyond those first months.',
};

/** Spec §5: lines the UI adds beside the advice for some reasons (never part of `advice`). */
export const bleedingReasonLines: Partial<Record<BleedingReason, string>> = {
  age_55_or_over: 'At 55 or over, ask for an appointment as soon as you can.',
  gap: 'If you did have periods in that time that are not in your log, add them and this note will update.',
  self_report:
    'You told us your periods stopped 12 months or more ago; if that has changed, update it in your profile.',
};

/** The extra lines for a result's reasons, in the order the reasons come. */
export function bleedingExtraLines(reasons: readonly BleedingReason[]): string[] {
  return reasons.flatMap((r) => {
    const line = bleedingReasonLines[r];
    return line ? [line] : [];
  });
}
