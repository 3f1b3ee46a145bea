import { z } from 'zod';
import { instantSchema, localDateSchema } from '../date-schemas.js';
import type { DailyMetricSource } from '../imports/sources.js';
import { customValuesSchema } from '../trackers/schema.js';
import type { ScreeningPromptOfCheckin } from '../triage/leg-symptoms.js';
import { bleedingLevels, bodyAreas, foods, painQualities } from './body-areas.js';
import { type CheckinFieldName, NOTES_MAX } from './fields.js';

const score = (what: string) =>
  z
    .int({ error: `${what} must be a whole number from 0 to 10.` })
    .min(0, `${what} must be 0 or more.`)
    .max(10, `${what} must be 10 or less.`);
const count = (what: string, max: number) =>
  z
    .int({ error: `${what} must be a whole number.` })
    .min(0, `${what} can't be negative.`)
    .max(max, `${what} must be ${max} or less.`);
const amount = (what: string, min: number, max: number) =>
  z
    .number({ error: `${what} must be a number.` })
    .min(min, `${what} must be ${min} or more.`)
    .max(max, `${what} must be ${max} or less.`);
const optional = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/** Every field a check-in may carry besides its id; all optional except `recordedAt` and `pain`. */
const checkinFields = {
  recordedAt: instantSchema,
  pain: score('Pain'),
  painWorst: optional(score('Worst pain')),
  bodyAreas: optional(
    z
      .array(z.enum(bodyAreas, { error: 'Unknown body area.' }))
      .max(bodyAreas.length)
      .refine((a) => new Set(a).size === a.length, 'Each body area may appear once.'),
  ),
  /** Pain per body-map area (each area once); `pain` stays her overall score. */
  painByArea: optional(
    z
      .array(
        z.strictObject({
          area: z.enum(bodyAreas, { error: 'Unknown body area.' }),
          score: score('Pain in an area'),
        }),
      )
      .max(bodyAreas.length)
      .refine((a) => new Set(a.map((x) => x.area)).size === a.length, 'Each body area may have one score.'),
  ),
  painQualities: optional(
    z
      .array(z.enum(painQualities, { error: 'Unknown kind of pain.' }))
      .max(painQualities.length)
      .refine((a) => new Set(a).size === a.length, 'Each kind of pain may appear once.'),
  ),
  stiffnessMinutes: optional(count('Morning stiffness', 1440)),
  sleepHours: optional(amount('Sleep hours', 0, 24)),
  sleepQuality: optional(score('Sleep quality')),
  nightPain: optional(z.boolean()),
  nightWakings: optional(count('Night wakings', 50)),
  mood: optional(score('Mood')),
  stress: optional(score('Stress')),
  hotFlushes: optional(count('Hot flashes', 100)),
  nightSweats: optional(z.boolean()),
  bleeding: optional(
    z.enum(bleedingLevels, { error: 'Bleeding is none, spotting, light, medium or heavy.' }),
  ),
  activityMinutes: optional(count('Activity minutes', 1440)),
  sittingHours: optional(amount('Sitting hours', 0, 24)),
  waterGlasses: optional(count('Glasses of water', 50)),
  foods: optional(
    z
      .array(z.enum(foods, { error: 'Unknown food item.' }))
      .max(foods.length)
      .refine((a) => new Set(a).size === a.length, 'Each food may appear once.'),
  ),
  weightKg: optional(amount('Weight (kg)', 20, 400)),
  waistCm: optional(amount('Waist (cm)', 30, 300)),
  notes: optional(z.string().max(NOTES_MAX, `Notes can be at most ${NOTES_MAX} characters.`)),
  /** Values of the user's own trackers; checked against their definitions by the server. */
  custom: optional(customValuesSchema),
} satisfies Record<CheckinFieldName, z.ZodType>;

const worstNotBelowNow = (c: { pain?: number; painWorst?: number | null }) =>
  c.painWorst == null || c.pain === undefined || c.painWorst >= c.pain;
const worstMessage = { message: "Worst pain can't be lower than pain now.", path: ['painWorst'] };

/** What a client sends to create a check-in. A client-chosen `id` makes the create idempotent. */
export const checkinInputSchema = z
  .strictObject({ id: z.uuid({ error: 'id must be a UUID.' }).optional(), ...checkinFields })
  .refine(worstNotBelowNow, worstMessage);
export type CheckinInput = z.infer<typeof checkinInputSchema>;

/** A partial update; `null` clears an optional field. */
export const checkinPatchSchema = z.strictObject(checkinFields).partial();
export type CheckinPatch = z.infer<typeof checkinPatchSchema>;

type Fields = z.infer<z.ZodObject<typeof checkinFields>>;
type Stored = { [K in keyof Fields]-?: Exclude<Fields[K], undefined> };

/**
 * A stored check-in as the API returns it: every field present, `null` when not recorded; `screeningPrompt`
 * is derived from her answers (triage/leg-symptoms.ts), never sent.
 */
export type Checkin = Stored & {
  id: string;
  localDate: string;
  createdAt: string;
  updatedAt: string;
  screeningPrompt: ScreeningPromptOfCheckin;
  /** The app an imported check-in came from; null when she made it in Spinekind (never sent, kept on edits). */
  source: DailyMetricSource | null;
};

/** Applies a patch to a stored check-in and re-validates the whole record, so rules that span fields hold. */
export function applyCheckinPatch(current: Checkin, patch: CheckinPatch): CheckinInput {
  const {
    localDate: _l,
    createdAt: _c,
    updatedAt: _u,
    screeningPrompt: _s,
    source: _from,
    ...fields
  } = current;
  return checkinInputSchema.parse({ ...fields, ...patch });
}

export const checkinListQuerySchema = z
  .strictObject({ from: localDateSchema, to: localDateSchema })
  .refine((q) => q.from <= q.to, { message: '`from` must be on or before `to`.', path: ['from'] });
