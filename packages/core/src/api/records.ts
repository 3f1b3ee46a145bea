import { z } from 'zod';
import { checkinInputSchema } from '../checkins/schema.js';
import { periodInputSchema } from '../cycle/schema.js';
import { customExerciseInputSchema, doseSchema } from '../exercises/custom.js';
import { sessionInputSchema } from '../exercises/session.js';
import { recordSourceSchema } from '../imports/daily-metrics.js';
import { trackerInputSchema } from '../trackers/schema.js';
import { treatmentInputSchema } from '../treatments/schema.js';
import { checkinScreeningPromptSchema } from '../triage/leg-prompt-schema.js';
import { reasonIds, triageLevels } from '../triage/schema.js';
import { screeningInputSchema } from '../triage/screening.js';
import { stamps, storedFields, versionField } from './common.js';

/**
 * Her records as the API answers them, from the same fields she sends (an optional input field is always
 * present in an answer, `null` when not recorded). Strict: a column the server adds must be added here
 * first, or the integration tests fail on a 500, before the web app meets a field it does not know.
 */

const id = { id: z.uuid() };
const archivedAt = { archivedAt: z.string().nullable() };

export const checkinSchema = z.strictObject({
  ...id,
  ...storedFields(checkinInputSchema.shape),
  localDate: z.string().describe('The date `recordedAt` falls on where it was recorded.'),
  screeningPrompt: checkinScreeningPromptSchema,
  source: recordSourceSchema,
  ...stamps,
  ...versionField,
});
export type CheckinAnswer = z.infer<typeof checkinSchema>;

export const trackerSchema = z.strictObject({
  ...id,
  ...storedFields(trackerInputSchema.shape),
  ...archivedAt,
  ...stamps,
  ...versionField,
});

export const treatmentSchema = z.strictObject({
  ...id,
  ...storedFields(treatmentInputSchema.shape),
  ...stamps,
  ...versionField,
});

export const periodSchema = z.strictObject({
  ...id,
  ...storedFields(periodInputSchema.shape),
  source: recordSourceSchema,
  ...stamps,
  ...versionField,
});

export const screeningSchema = z.strictObject({
  ...id,
  ...storedFields(screeningInputSchema.shape),
  localDate: z.string(),
  level: z.enum(triageLevels),
  reasons: z.array(z.enum(reasonIds)),
  rulesetVersion: z.string(),
  matchedRules: z.array(z.string()),
  ...stamps,
  ...versionField,
});

export const customExerciseSchema = z.strictObject({
  ...id,
  ...storedFields(customExerciseInputSchema.shape),
  ...archivedAt,
  ...stamps,
  ...versionField,
});

// The catalogue check of each item is the server's (it needs the catalogue); an answer names what is stored.
export const customRoutineSchema = z.strictObject({
  ...id,
  name: z.string(),
  items: z.array(z.strictObject({ exerciseId: z.string(), dose: doseSchema.optional() })),
  ...archivedAt,
  ...stamps,
  ...versionField,
});

/** A played routine (an exercise session, not a sign-in). */
export const sessionSchema = z.strictObject({
  ...id,
  ...storedFields(sessionInputSchema.shape),
  localDate: z.string(),
  ...stamps,
  ...versionField,
});

/** A resource's answers: one record under its singular key (create, get, patch, restore), and its list. */
export const recordAnswers = <const K extends string, T extends z.ZodType>(singular: K, item: T) => ({
  one: z.strictObject({ [singular]: item } as Record<K, T>),
  list: z.strictObject({ items: z.array(item) }),
});

export const checkinAnswers = recordAnswers('checkin', checkinSchema);
export const trackerAnswers = recordAnswers('tracker', trackerSchema);
export const treatmentAnswers = recordAnswers('treatment', treatmentSchema);
export const periodAnswers = recordAnswers('period', periodSchema);
export const screeningAnswers = recordAnswers('screening', screeningSchema);
export const customExerciseAnswers = recordAnswers('exercise', customExerciseSchema);
export const customRoutineAnswers = recordAnswers('routine', customRoutineSchema);
export const sessionAnswers = recordAnswers('session', sessionSchema);
