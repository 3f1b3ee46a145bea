import { z } from 'zod';
import type { Dose } from './types.js';

/** Custom exercises and routines are referred to as `custom:<uuid>` wherever a catalogue id may stand. */
export const CUSTOM_PREFIX = 'custom:';
// Lower case, as the database writes uuids, so a reference always matches the stored id.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** `custom:<uuid>` for a custom exercise or routine id. */
export const customRef = (id: string): string => `${CUSTOM_PREFIX}${id}`;

/** The uuid inside `custom:<uuid>`, or `undefined` when the reference is not a custom one. */
export function customIdOf(ref: string): string | undefined {
  if (!ref.startsWith(CUSTOM_PREFIX)) return undefined;
  const id = ref.slice(CUSTOM_PREFIX.length);
  return UUID.test(id) ? id : undefined;
}

const whole = (what: string, min: number, max: number) =>
  z
    .int({ error: `${what} must be a whole number.` })
    .min(min, `${what} must be ${min} or more.`)
    .max(max, `${what} must be ${max} or less.`);

const restSeconds = whole('Rest', 0, 600).optional();
const sets = whole('Sets', 1, 10);

/** How much of an exercise: timed (seconds × sets) or repetitions × sets. Mirrors the `Dose` type. */
export const doseSchema: z.ZodType<Dose> = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('time'),
      seconds: whole('Seconds', 1, 3600),
      sets,
      restSeconds,
      perSide: z.boolean().optional(),
    }),
    z.strictObject({
      kind: z.literal('reps'),
      reps: whole('Repetitions', 1, 100),
      sets,
      secondsPerRep: z
        .number({ error: 'Seconds per repetition must be a number.' })
        .min(1, 'Seconds per repetition must be 1 or more.')
        .max(60, 'Seconds per repetition must be 60 or less.'),
      restSeconds,
      perSide: z.boolean().optional(),
    }),
  ],
  { error: 'A dose is {kind: "time", seconds, sets} or {kind: "reps", reps, sets, secondsPerRep}.' },
);

const name = z.string().trim().min(1, 'Give it a name.').max(80, 'Use at most 80 characters.');
const notes = z.string().max(2000, 'Notes can be at most 2000 characters.').nullable().optional();

const customExerciseFields = {
  name,
  steps: z
    .array(
      z.string().trim().min(1, 'A step cannot be empty.').max(300, 'Keep each step under 300 characters.'),
    )
    .min(1, 'Add at least one step.')
    .max(10, 'Use at most 10 steps.'),
  dose: doseSchema,
  link: z
    .url({ protocol: /^https$/, error: 'The link must be a full https:// address.' })
    .max(500, 'The link can be at most 500 characters.')
    .nullable()
    .optional(),
  notes,
};

/** An exercise the user adds herself, e.g. what a physiotherapist prescribed. */
export const customExerciseInputSchema = z.strictObject({
  id: z.uuid({ error: 'id must be a UUID.' }).optional(),
  ...customExerciseFields,
});
export type CustomExerciseInput = z.infer<typeof customExerciseInputSchema>;
export const customExercisePatchSchema = z.strictObject(customExerciseFields).partial();
export type CustomExercisePatch = z.infer<typeof customExercisePatchSchema>;

export interface CustomExercise {
  id: string;
  name: string;
  steps: string[];
  dose: Dose;
  link: string | null;
  notes: string | null;
  /** Archived exercises stay readable in old sessions and routines but are no longer offered. */
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * `exerciseId` of a routine item: a catalogue id (checked with `isKnown`) or `custom:<uuid>`
 * (whether that custom exercise exists is for the server to check against the user's own).
 */
export const exerciseRefSchema = (isKnown: (id: string) => boolean) =>
  z
    .string()
    .max(100)
    .refine((ref) => isKnown(ref) || customIdOf(ref) !== undefined, {
      message: 'Unknown exercise: use a catalogue id or custom:<uuid>.',
    });

/** Fields of a custom routine; the catalogue check is passed in so this file needs no catalogue. */
export function customRoutineFields(isKnownExercise: (id: string) => boolean) {
  return {
    name,
    items: z
      .array(z.strictObject({ exerciseId: exerciseRefSchema(isKnownExercise), dose: doseSchema.optional() }))
      .min(1, 'Add at least one exercise.')
      .max(30, 'Use at most 30 exercises.'),
  };
}

export interface CustomRoutine {
  id: string;
  name: string;
  items: { exerciseId: string; dose?: Dose }[];
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}
