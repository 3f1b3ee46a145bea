import { z } from 'zod';
import { instantSchema } from '../date-schemas.js';
import { RULESET_VERSION } from './rules.js';
import { type ReasonId, type TriageLevel, triageInputSchema } from './schema.js';
import { matchingRules, triage } from './triage.js';

/** Answers to "did you get checked?" the day after an urgent or emergency result. */
export const screeningFollowUps = ['checked', 'not_yet', 'decided_not'] as const;
export type ScreeningFollowUp = (typeof screeningFollowUps)[number];

/**
 * A screening as the user's record keeps it. The client sends its answers (made on the device,
 * maybe offline); the level is always recomputed from them, never taken from the client.
 */
export const screeningInputSchema = z.strictObject({
  id: z.uuid().optional(),
  recordedAt: instantSchema,
  input: triageInputSchema,
  /** When the user confirmed "I understand" on an emergency result. */
  acknowledgedAt: instantSchema.nullable().optional(),
  /** "Remind me to book": the app keeps showing the booking to-do until `bookedAt` is set. */
  bookingReminder: z.boolean().optional(),
  bookedAt: instantSchema.nullable().optional(),
  /** Her answer the next day to "did you get checked?" after an urgent or emergency result (spec §7.3.4). */
  followUp: z.enum(screeningFollowUps).nullable().optional(),
  followUpAt: instantSchema.nullable().optional(),
});
export type ScreeningInput = z.infer<typeof screeningInputSchema>;

export const screeningPatchSchema = z
  .strictObject({
    acknowledgedAt: instantSchema.nullable(),
    bookingReminder: z.boolean(),
    bookedAt: instantSchema.nullable(),
    followUp: z.enum(screeningFollowUps).nullable(),
    followUpAt: instantSchema.nullable(),
  })
  .partial();
export type ScreeningPatch = z.infer<typeof screeningPatchSchema>;

export interface Screening {
  id: string;
  recordedAt: string;
  localDate: string;
  input: z.output<typeof triageInputSchema>;
  level: TriageLevel;
  reasons: ReasonId[];
  rulesetVersion: string;
  matchedRules: string[];
  acknowledgedAt: string | null;
  bookingReminder: boolean;
  bookedAt: string | null;
  followUp: ScreeningFollowUp | null;
  followUpAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The outcome stored with a screening: result, the rule ids that matched, and the rule-table version (spec §7.3). */
export function screeningOutcome(input: ScreeningInput['input']) {
  const parsed = triageInputSchema.parse(input);
  const { level, reasons } = triage(parsed);
  return {
    level,
    reasons,
    rulesetVersion: RULESET_VERSION,
    matchedRules: matchingRules(parsed).map((m) => m.id),
  };
}
