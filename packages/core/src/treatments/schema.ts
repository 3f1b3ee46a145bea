import { z } from 'zod';
import { localDateSchema } from '../date-schemas.js';
import type { Locale } from '../i18n/locales.js';

export const treatmentKinds = [
  'hrt',
  'physio',
  'acupuncture',
  'massage',
  'cupping',
  'cbd',
  'pain_relief',
  'exercise_class',
  'other',
] as const;
export type TreatmentKind = (typeof treatmentKinds)[number];

/** Each kind's English name, one source for the app's copy and the doctor report. */
export const treatmentKindLabels: Record<TreatmentKind, string> = {
  hrt: 'HRT',
  physio: 'Physiotherapy',
  acupuncture: 'Acupuncture',
  massage: 'Massage',
  cupping: 'Cupping',
  cbd: 'CBD',
  pain_relief: 'Pain relief',
  exercise_class: 'Exercise class',
  other: 'Other',
};

const treatmentKindLabelsByLocale: Record<Locale, Record<TreatmentKind, string>> = {
  en: treatmentKindLabels,
  de: {
    hrt: 'HRT',
    physio: 'Physiotherapie',
    acupuncture: 'Akupunktur',
    massage: 'Massage',
    cupping: 'Schröpfen',
    cbd: 'CBD',
    pain_relief: 'Schmerzmittel',
    exercise_class: 'Sportkurs',
    other: 'Anderes',
  },
  es: {
    hrt: 'THS',
    physio: 'Fisioterapia',
    acupuncture: 'Acupuntura',
    massage: 'Masaje',
    cupping: 'Ventosas',
    cbd: 'CBD',
    pain_relief: 'Analgésicos',
    exercise_class: 'Clase de ejercicio',
    other: 'Otro',
  },
};

/** The kinds of treatment in her language (the app's screens word them the same, in their own copy). */
export const treatmentKindLabelsIn = (locale: Locale): Record<TreatmentKind, string> =>
  treatmentKindLabelsByLocale[locale];

const treatmentFields = {
  kind: z.enum(treatmentKinds, { error: 'Unknown kind of treatment.' }),
  name: z.string().trim().min(1, 'Give the treatment a name.').max(100, 'Use at most 100 characters.'),
  startDate: localDateSchema,
  endDate: localDateSchema.nullable().optional(),
  notes: z.string().max(2000, 'Notes can be at most 2000 characters.').nullable().optional(),
};
const endNotBeforeStart = (t: { startDate?: string; endDate?: string | null }) =>
  t.endDate == null || t.startDate === undefined || t.endDate >= t.startDate;
const endMessage = { message: 'The end date must be on or after the start date.', path: ['endDate'] };

/** Something the user tries for her back (never a dose: we record that it happened, not how much). */
export const treatmentInputSchema = z
  .strictObject({ id: z.uuid().optional(), ...treatmentFields })
  .refine(endNotBeforeStart, endMessage);
export type TreatmentInput = z.infer<typeof treatmentInputSchema>;

export const treatmentPatchSchema = z.strictObject(treatmentFields).partial();
export type TreatmentPatch = z.infer<typeof treatmentPatchSchema>;

export type Treatment = Required<Omit<TreatmentInput, 'id' | 'endDate' | 'notes'>> & {
  id: string;
  endDate: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
};

/** Applies a patch and re-checks the rules that span fields. */
export function applyTreatmentPatch(current: Treatment, patch: TreatmentPatch): TreatmentInput {
  const { createdAt: _c, updatedAt: _u, ...fields } = current;
  return treatmentInputSchema.parse({ ...fields, ...patch });
}
