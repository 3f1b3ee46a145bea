import { z } from 'zod';
import { localDateSchema } from '../date-schemas.js';
import { localeSchema } from '../i18n/locale-schema.js';
import {
  boneHealthValues,
  checkinGroups,
  hrtRegimens,
  menopausalSelfReports,
  vertebralFractureAnswers,
} from './values.js';

const checkinGroupList = z.array(z.enum(checkinGroups)).max(checkinGroups.length);

/** The profile: every field optional. Each one feeds a named feature (see `profileFieldReasons`). */
export const profileSchema = z.strictObject({
  birthYear: z.int().min(1900, 'Birth year must be 1900 or later.').max(2100).nullable().optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'Use a two-letter country code, like GB or US.')
    .nullable()
    .optional(),
  /** The language of every screen, message and report; the browser's languages decide until she chooses. */
  language: localeSchema.optional(),
  weightUnit: z.enum(['kg', 'lb']).optional(),
  lengthUnit: z.enum(['cm', 'in']).optional(),
  menopausalSelfReport: z.enum(menopausalSelfReports).nullable().optional(),
  hormonalContraception: z.boolean().nullable().optional(),
  hrt: z.boolean().nullable().optional(),
  hrtStartDate: localDateSchema.nullable().optional(),
  /** Cyclical (a planned monthly bleed) or continuous (no planned bleeds): the bleeding check reads it. */
  hrtRegimen: z.enum(hrtRegimens).nullable().optional(),
  /** The last change of HRT dose or product: bleeding is common for 3 months after one. */
  hrtChangeDate: localDateSchema.nullable().optional(),
  uterusRemoved: z.boolean().nullable().optional(),
  ovariesRemoved: z.boolean().nullable().optional(),
  boneHealth: z.enum(boneHealthValues).nullable().optional(),
  /** A broken bone in the spine (vertebral fracture): the bone programme then offers no impact work. */
  vertebralFracture: z.enum(vertebralFractureAnswers).nullable().optional(),
  /** Any broken bone from a minor fall or less after the age of 50 (a fragility fracture). */
  fractureAfter50: z.boolean().nullable().optional(),
  /** Any broken bone in the last 12 months: impact work waits until it has healed and been checked. */
  fractureLastYear: z.boolean().nullable().optional(),
  /** A doctor or physiotherapist said impact exercise (heel drops, jumps) is fine for her. */
  clinicianClearedImpact: z.boolean().nullable().optional(),
  longTermSteroids: z.boolean().nullable().optional(),
  cancerHistory: z.boolean().nullable().optional(),
  immunosuppressed: z.boolean().nullable().optional(),
  /** PHQ-2 and GAD-2 are offered only to users who opt in. */
  moodQuestionnaires: z.boolean().optional(),
  /** Check-in groups she keeps open (pinned), remembered across devices. */
  pinnedCheckinGroups: checkinGroupList.optional(),
  /** Groups she folded away when every group started open; read only until she pins (`pinnedGroupsOf`). */
  hiddenCheckinGroups: checkinGroupList.optional(),
  /** The first-day welcome (three questions, the safety check) has been answered or skipped. */
  welcomeDone: z.boolean().optional(),
  /** Her own "questions for my doctor", printed at the end of the doctor report. */
  doctorQuestions: z.string().max(2000, 'Use at most 2000 characters.').nullable().optional(),
});
export type Profile = z.infer<typeof profileSchema>;
