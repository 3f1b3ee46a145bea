import type { Profile } from './schema.js';

// The profile's answer lists and the reason for each field, apart from the profile's schema (schema.ts), so
// a browser screen that only needs them does not load zod.

/** How the user describes her periods now; a self-report, shown beside the estimate from the period log. */
export const menopausalSelfReports = [
  'regular_periods',
  'irregular_periods',
  'no_period_under_12_months',
  'no_period_12_months_or_more',
  'not_sure',
] as const;

/** Spec bleeding-check §1: how her HRT is taken. */
export const hrtRegimens = ['cyclical', 'continuous', 'not_sure'] as const;
export type HrtRegimen = (typeof hrtRegimens)[number];

export const vertebralFractureAnswers = ['yes', 'no', 'unknown'] as const;

export const boneHealthValues = ['osteoporosis', 'osteopenia', 'normal', 'not_known'] as const;

/** The check-in's optional groups, in the form's order; each starts closed unless she pins it open. */
export const checkinGroups = ['pain', 'sleep', 'mood', 'body', 'measures', 'day'] as const;
export type CheckinGroup = (typeof checkinGroups)[number];

/** Why we ask: one plain line per field, shown beside it in the profile form. */
export const profileFieldReasons: Record<keyof Profile, string> = {
  birthYear: 'Age changes which warning signs matter, so the safety check uses it.',
  country: 'So we can show the right emergency number.',
  language: 'The language the app, its advice and your doctor report are in.',
  weightUnit: 'How you like to see weight.',
  lengthUnit: 'How you like to see waist size.',
  menopausalSelfReport: 'How you see your own periods, shown beside what your period log suggests.',
  hormonalContraception:
    'Hormonal contraception changes bleeding patterns, so we do not estimate a stage from them.',
  hrt: 'HRT changes bleeding patterns and can change how pain feels; insights can compare before and after.',
  hrtStartDate:
    'Lets insights compare your pain before and after you started; bleeding is common in the first 6 months.',
  hrtRegimen:
    'Bleeding means different things on cyclical and continuous HRT, so the bleeding check needs to know which.',
  hrtChangeDate: 'Some bleeding is common for 3 months after a change of HRT dose or product.',
  uterusRemoved: 'Without a uterus there are no periods to read a stage from.',
  ovariesRemoved: 'Removing the ovaries brings on menopause; it changes what your log can tell us.',
  boneHealth: 'With fragile bones some exercises are swapped for safer ones, and a fall matters more.',
  vertebralFracture:
    'A broken bone in the spine changes which bone exercises are safe: no jumping or impact work then.',
  fractureAfter50:
    'A bone broken by a small fall after 50 can be a sign of fragile bones, so impact work waits for a clinician’s OK.',
  fractureLastYear: 'After a recent broken bone, impact work waits until it has healed and been checked.',
  clinicianClearedImpact:
    'If your doctor or physiotherapist said impact exercise is fine for you, the bone programme can include it.',
  longTermSteroids: 'Long-term steroid tablets can weaken bones, which the safety check takes into account.',
  cancerHistory: 'A past cancer changes which back-pain signs need a quick check.',
  immunosuppressed: 'A weaker immune system changes which back-pain signs need a quick check.',
  moodQuestionnaires: 'Two short mood check-ins every two weeks, only if you want them.',
  pinnedCheckinGroups: 'Parts of the check-in you keep open, so they are ready each time.',
  hiddenCheckinGroups: 'Parts of the check-in form you folded away in an earlier version.',
  welcomeDone: 'So the welcome on your first day is shown only once.',
  doctorQuestions: 'Printed at the end of your doctor report, so you remember what to ask.',
};
