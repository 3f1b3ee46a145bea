import { z } from 'zod';

/** Every yes/no answer key of the screening (spec v1.0 §2.1 and the three extra keys of §2.2), in question order. */
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

/** Every key allowed inside `answers`: the yes/no keys plus the one number, `pain_weeks`. */
export const triageAnswerFields = [...triageAnswerKeys, 'pain_weeks'] as const;
export type TriageAnswerField = (typeof triageAnswerFields)[number];

export const PAIN_WEEKS_MAX = 520;
export const AGE_MAX = 120;

// Absent means "no" (spec §2.3.2); only a real boolean is accepted, so "yes", 1 or null are rejected.
const booleanAnswers = Object.fromEntries(
  triageAnswerKeys.map((k) => [k, z.boolean({ error: `${k} must be true or false.` }).default(false)]),
) as Record<TriageAnswerKey, z.ZodDefault<z.ZodBoolean>>;

/** The answers object: unknown keys rejected so a misspelled question never reads silently as "no". */
export const triageAnswersSchema = z.strictObject({
  ...booleanAnswers,
  // Fractions allowed and kept as sent ("less than a week" = 0.5); z.number() already refuses NaN and Infinity.
  pain_weeks: z
    .number({ error: 'pain_weeks must be a number.' })
    .min(0, 'pain_weeks must be 0 or more.')
    .max(PAIN_WEEKS_MAX, `pain_weeks must be ${PAIN_WEEKS_MAX} or less.`)
    .default(0),
});

/**
 * Triage input at the edge (spec §2.3): `age` required, 0–120; every answer optional (absent → false,
 * `pain_weeks` → 0); unknown keys rejected at both levels. A missing `answers` object means all "no".
 */
export const triageInputSchema = z.strictObject({
  age: z
    .number({ error: 'Age must be a number.' })
    .min(0, 'Age must be 0 or more.')
    .max(AGE_MAX, `Age must be ${AGE_MAX} or less.`),
  // prefault, not default: the inner defaults must be applied to a missing object too.
  answers: triageAnswersSchema.prefault({}),
});
/** What a caller may send (answers optional). */
export type TriageInput = z.input<typeof triageInputSchema>;
/** What validation returns: every answer present, defaults filled in. */
export type ParsedTriageInput = z.output<typeof triageInputSchema>;
export type TriageAnswers = z.output<typeof triageAnswersSchema>;

/** Care levels, highest first (spec §1). */
export const triageLevels = ['emergency', 'urgent', 'soon', 'self_care'] as const;
export type TriageLevel = (typeof triageLevels)[number];

/** Ids that may appear in `reasons`: an answer key, or `age` / `pain_weeks` from a comparison (spec §3). */
export const reasonIds = [...triageAnswerKeys, 'age', 'pain_weeks'] as const;
export type ReasonId = (typeof reasonIds)[number];

/** The triage result (spec §3): the level, the answer ids behind it, and the level's fixed advice. */
export const triageResultSchema = z.strictObject({
  level: z.enum(triageLevels),
  reasons: z.array(z.enum(reasonIds)),
  advice: z.string(),
});
export type TriageResult = z.infer<typeof triageResultSchema>;
