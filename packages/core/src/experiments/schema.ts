import { z } from 'zod';
import { instantSchema, localDateSchema } from '../date-schemas.js';

/** The two arms of an experiment: doing the thing, or going on as usual. */
export const experimentConditions = ['intervention', 'control'] as const;
export type ExperimentCondition = (typeof experimentConditions)[number];

export const experimentStatuses = ['planned', 'running', 'paused', 'stopped', 'done'] as const;
export type ExperimentStatus = (typeof experimentStatuses)[number];

/** The design's limits (issue #20): periods of 3–14 days, 2–4 pairs, washout shorter than a period. */
export const EXPERIMENT_LIMITS = {
  periodDays: { min: 3, max: 14, default: 7 },
  pairs: { min: 2, max: 4, default: 3 },
  washoutDays: { min: 0, max: 7, default: 0 },
} as const;

const outcomeMessage = 'Use pain, painWorst, sleepQuality or tracker:<tracker id>.';
/** What is measured each day: the day's mean pain, its worst pain, sleep quality, or one of her trackers. */
export const experimentOutcomeSchema = z
  .string({ error: outcomeMessage })
  .regex(
    /^(pain|painWorst|sleepQuality|tracker:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
    outcomeMessage,
  );
export type ExperimentOutcome = z.infer<typeof experimentOutcomeSchema>;

const limit = (name: keyof typeof EXPERIMENT_LIMITS, what: string) => {
  const { min, max } = EXPERIMENT_LIMITS[name];
  const message = `${what} is a whole number from ${min} to ${max}.`;
  return z.int({ error: message }).min(min, message).max(max, message);
};
export const periodDaysSchema = limit('periodDays', 'Period length');
export const pairsSchema = limit('pairs', 'The number of pairs');
export const washoutDaysSchema = limit('washoutDays', 'Washout');

const behaviour = (what: string) =>
  z
    .string({ error: `Describe ${what}.` })
    .trim()
    .min(2, `Describe ${what}.`)
    .max(200, 'Use at most 200 characters.');

/** A custom A/B of two behaviours she names (checked against medicine words before it is accepted). */
export const customExperimentSchema = z.strictObject({
  title: behaviour('what you are testing').max(80, 'Use at most 80 characters for the title.'),
  intervention: behaviour('what to do on "try it" days'),
  control: behaviour('what to do on "as usual" days'),
});
export type CustomExperiment = z.infer<typeof customExperimentSchema>;

/** `POST /experiments`: a template or a custom A/B, the start date and, optionally, the design. */
export const experimentInputSchema = z
  .strictObject({
    id: z.uuid({ error: 'id is a UUID made by the app.' }),
    templateId: z.string().min(1).max(60).optional(),
    custom: customExperimentSchema.optional(),
    startDate: localDateSchema,
    periodDays: periodDaysSchema.optional(),
    pairs: pairsSchema.optional(),
    washoutDays: washoutDaysSchema.optional(),
    outcome: experimentOutcomeSchema.optional(),
  })
  .refine((e) => (e.templateId === undefined) !== (e.custom === undefined), {
    message: 'Choose a template (templateId) or describe your own (custom), not both.',
    path: ['templateId'],
  });
export type ExperimentInput = z.infer<typeof experimentInputSchema>;

/** One period of the schedule: its dates (both inclusive) and which condition is on. */
export const experimentPeriodSchema = z.strictObject({
  start: localDateSchema,
  end: localDateSchema,
  condition: z.enum(experimentConditions),
});
export type ExperimentPeriod = z.infer<typeof experimentPeriodSchema>;

export const experimentAdherenceSchema = z.strictObject({ date: localDateSchema, followed: z.boolean() });
export type ExperimentAdherence = z.infer<typeof experimentAdherenceSchema>;

/** The red-flag screening that paused a running experiment (urgent or emergency), for the triage link. */
export const experimentPauseSchema = z.strictObject({
  screeningId: z.uuid(),
  level: z.enum(['urgent', 'emergency']),
  date: localDateSchema,
});
export type ExperimentPause = z.infer<typeof experimentPauseSchema>;

/** An experiment as the API answers it (`schedule` shows past and current periods until it ends). */
export const experimentSchema = z.strictObject({
  id: z.uuid(),
  templateId: z.string().nullable(),
  title: z.string(),
  question: z.string(),
  intervention: z.string(),
  control: z.string(),
  status: z.enum(experimentStatuses),
  startDate: localDateSchema,
  endDate: localDateSchema,
  periodDays: z.int(),
  pairs: z.int(),
  washoutDays: z.int(),
  outcome: experimentOutcomeSchema,
  seed: z.int().min(0).max(2_147_483_647),
  schedule: z.array(experimentPeriodSchema),
  adherence: z.array(experimentAdherenceSchema),
  stoppedAt: instantSchema.nullable(),
  pausedBy: experimentPauseSchema.nullable(),
  lessonId: z.string().nullable(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Experiment = z.infer<typeof experimentSchema>;

/** What is stored (and backed up) for an experiment: everything but what is computed on read. */
export const storedExperimentSchema = experimentSchema
  .omit({ status: true, pausedBy: true, lessonId: true })
  .extend({
    templateId: z.string().max(60).nullable(),
    title: z.string().max(200),
    question: z.string().max(300),
    intervention: z.string().max(300),
    control: z.string().max(300),
    periodDays: periodDaysSchema,
    pairs: pairsSchema,
    washoutDays: washoutDaysSchema,
    schedule: z.array(experimentPeriodSchema).max(8),
    adherence: z.array(experimentAdherenceSchema).max(8 * 14),
  });
export type StoredExperiment = z.infer<typeof storedExperimentSchema>;
