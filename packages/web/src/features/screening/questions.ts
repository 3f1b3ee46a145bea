import type { TriageAnswerKey } from '@spinekind/core';

/**
 * The questions in the order the spec asks for: emergency signs first (triage-spec §7.3.2). Their wording
 * (§7.1 rules) is core's `triageQuestions`, in her language through `useSafetyTexts`.
 */
export const questionGroups: { id: 'groupUrgent' | 'groupPattern' | 'groupBody'; keys: TriageAnswerKey[] }[] =
  [
    {
      id: 'groupUrgent',
      keys: [
        'saddle_numbness',
        'bladder_change',
        'bowel_change',
        'sexual_numbness',
        'both_legs_symptoms',
        'leg_weakness_new',
        'leg_weakness_worsening',
        'sudden_tearing_pain',
        'chest_pain_breathless',
        'fever',
      ],
    },
    {
      id: 'groupPattern',
      keys: [
        'one_leg_radiating',
        'tingling_or_numbness',
        'night_pain_constant',
        'getting_worse_despite_rest',
        'chest_or_upper_back_pain',
        'inflammatory_pattern',
        'unwell_generally',
        'unexplained_weight_loss',
      ],
    },
    {
      id: 'groupBody',
      keys: [
        'major_trauma',
        'minor_trauma_or_strain',
        'osteoporosis_known',
        'long_term_steroids',
        'cancer_history',
        'immunosuppressed',
        'height_loss_or_curve',
      ],
    },
  ];
