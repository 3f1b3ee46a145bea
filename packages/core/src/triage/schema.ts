import { z } from 'zod';

/** Every answer key of the screening (spec v1.0 §2.1 and the three extra keys of §2.2), in question order. */
export const triageAnswerKeys = [
  'saddle_numbness',
  'bladder_change',
  'bowel_change',
  'sexual_numbness',
  'leg_weakness_worsening',
  'leg_weakness_new',
  'both_legs_symptoms',
  'one_leg_radiating',
  'tingling_or_numbness',
  'sudden_tearing_pain',
  'chest_pain_breathless',
  'fever',
  'unwell_generally',
  'unexplained_weight_loss',
  'cancer_history',
  'night_pain_constant',
  'getting_worse_despite_rest',
  'major_trauma',
  'minor_trauma_or_strain',
  'osteoporosis_known',
  'long_term_steroids',
  'immunosuppressed',
  'chest_or_upper_back_pain',
  'inflammatory_pattern',
  'height_loss_or_curve',
] as const;
export type TriageAnswerKey = (typeof triageAnswerKeys)[number];

const booleanAnswers = Object.fromEntries(
  triageAnswerKeys.map((k) => [k, z.boolean({ error: `${k} must be true or false.` }).optional()]),
) as Record<TriageAnswerKey, z.ZodOptional<z.ZodBoolean>>;

/** Triage input at the edge (spec §2.3): age required 0–120; answers optional; unknown keys rejected. */
export const triageInputSchema = z.strictObject({
  age: z
    .number({ error: 'Age must be a number.' })
    .min(0, 'Age must be 0 or more.')
    .max(120, 'Age must be 120 or less.'),
  answers: z
    .strictObject({
      ...booleanAnswers,
      pain_weeks: z
        .number({ error: 'pain_weeks must be a number.' })
        .min(0, 'pain_weeks must be 0 or more.')
        .max(520, 'pain_weeks must be 520 or less.')
        .optional(),
    })
    .default({}),
});
export type TriageInput = z.input<typeof triageInputSchema>;
export type ParsedTriageInput = z.output<typeof triageInputSchema>;

export const triageLevels = ['emergency', 'urgent', 'soon', 'self_care'] as const;
export type TriageLevel = (typeof triageLevels)[number];
export type ReasonId = TriageAnswerKey | 'age' | 'pain_weeks';

export interface TriageResult {
  level: TriageLevel;
  reasons: ReasonId[];
  advice: string;
}
