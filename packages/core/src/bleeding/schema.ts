import { z } from 'zod';
import { flowLevels } from '../cycle/schema.js';
import { localDateSchema } from '../date-schemas.js';
import { hrtRegimens, menopausalSelfReports } from '../profile/values.js';
import { BLEEDING_CHECK_VERSION } from './version.js';

/** Spec §1: at most this many bleeding entries in one input. */
export const BLEEDING_ENTRIES_MAX = 5000;

/** One day with bleeding, spotting included (spec §1). */
export const bleedingEntrySchema = z.strictObject({
  date: localDateSchema,
  amount: z.enum(flowLevels, { error: 'amount is spotting, light, medium or heavy.' }),
});
export type BleedingEntry = z.infer<typeof bleedingEntrySchema>;

/** The profile facts the check reads; every one optional, absent = null (spec §1). */
export const bleedingProfileSchema = z.strictObject({
  menopausalSelfReport: z.enum(menopausalSelfReports).nullable().optional(),
  hrt: z.boolean().nullable().optional(),
  hrtStartDate: localDateSchema.nullable().optional(),
  hrtRegimen: z.enum(hrtRegimens).nullable().optional(),
  hrtChangeDate: localDateSchema.nullable().optional(),
  uterusRemoved: z.boolean().nullable().optional(),
  hormonalContraception: z.boolean().nullable().optional(),
});
export type BleedingProfile = z.infer<typeof bleedingProfileSchema>;

/** Spec §1 input: strict, real dates, age 0–120 or null, at most 5,000 entries. */
export const bleedingCheckInputSchema = z.strictObject({
  asOf: localDateSchema,
  age: z.int({ error: 'age must be a whole number of years.' }).min(0).max(120).nullable(),
  profile: bleedingProfileSchema,
  bleeding: z
    .array(bleedingEntrySchema)
    .max(BLEEDING_ENTRIES_MAX, `At most ${BLEEDING_ENTRIES_MAX} bleeding entries.`),
});
export type BleedingCheckInput = z.infer<typeof bleedingCheckInputSchema>;

export const bleedingCheckLevels = ['soon', 'info'] as const;
export const bleedingKinds = [
  'after_menopause',
  'unscheduled_on_hrt',
  'after_hysterectomy',
  'on_hrt',
] as const;
export type BleedingKind = (typeof bleedingKinds)[number];
export const bleedingReasons = [
  'uterus_removed',
  'continuous_hrt_settled',
  'long_bleed_on_hrt',
  'cyclical_hrt_extra_bleed',
  'hrt',
  'gap',
  'self_report',
  'age_55_or_over',
] as const;
export type BleedingReason = (typeof bleedingReasons)[number];

/** Spec §4 output. */
export const bleedingCheckResultSchema = z.strictObject({
  level: z.enum(bleedingCheckLevels).nullable(),
  kind: z.enum(bleedingKinds).nullable(),
  reasons: z.array(z.enum(bleedingReasons)),
  runStart: localDateSchema.nullable(),
  advice: z.string().nullable(),
  version: z.literal(BLEEDING_CHECK_VERSION),
});
export type BleedingCheckResult = z.infer<typeof bleedingCheckResultSchema>;
