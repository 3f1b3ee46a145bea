import { z } from 'zod';
import { instantSchema, localDateSchema } from '../date-schemas.js';
import { isExerciseRef, isSessionRoutine } from './refs.js';

export const sessionRatings = ['too_easy', 'about_right', 'too_hard'] as const;
export type SessionRating = (typeof sessionRatings)[number];
/** Longest session we accept: a long walk, not a forgotten timer left running for days. */
export const SESSION_MAX_HOURS = 12;

const score = (what: string) =>
  z
    .int({ error: `${what} must be a whole number from 0 to 10.` })
    .min(0, `${what} must be 0 or more.`)
    .max(10, `${what} must be 10 or less.`);

/** Resistance band colours, lightest first (the common maker's order; say so when yours differs). */
export const bandColours = ['yellow', 'red', 'green', 'blue', 'black'] as const;
export type BandColour = (typeof bandColours)[number];

/**
 * One set as she did it: repetitions or seconds, the load (kilograms, a band colour, or body weight,
 * at most one), and how hard it felt (RPE: 0 nothing at all … 10 as hard as she could).
 */
export const exerciseSetSchema = z
  .strictObject({
    reps: z.int({ error: 'Repetitions must be a whole number.' }).min(0).max(1000).optional(),
    seconds: z.int({ error: 'Seconds must be a whole number.' }).min(0).max(3600).optional(),
    loadKg: z
      .number({ error: 'Load is a number of kilograms.' })
      .min(0, 'Load must be 0 kg or more.')
      .max(500, 'Load must be 500 kg or less.')
      .optional(),
    band: z.enum(bandColours, { error: `Band is one of ${bandColours.join(', ')}.` }).optional(),
    bodyweight: z.literal(true, { error: 'bodyweight is true when the load is your own body.' }).optional(),
    rpe: score('Effort (RPE)').optional(),
  })
  .refine((s) => [s.loadKg !== undefined, s.band !== undefined, s.bodyweight].filter(Boolean).length <= 1, {
    message: 'A set has one load: kilograms, a band or body weight.',
    path: ['loadKg'],
  });
export type ExerciseSet = z.infer<typeof exerciseSetSchema>;

const sessionExerciseSchema = z.strictObject({
  exerciseId: z
    .string()
    .max(100)
    .refine(isExerciseRef, 'Unknown exercise: use a catalogue id or custom:<uuid>.'),
  done: z.boolean({ error: 'done is true or false.' }),
  reps: z.int({ error: 'Repetitions must be a whole number.' }).min(0).max(1000).nullable().optional(),
  seconds: z
    .int({ error: 'Seconds must be a whole number.' })
    .min(0)
    .max(SESSION_MAX_HOURS * 3600)
    .nullable()
    .optional(),
  /** Her sets, when she logged them (older sessions have none). */
  sets: z.array(exerciseSetSchema).max(20, 'At most 20 sets of one exercise.').optional(),
});
export type SessionExercise = z.infer<typeof sessionExerciseSchema>;

const sessionFields = {
  routineId: z
    .string()
    .max(100)
    .refine(isSessionRoutine, 'Unknown routine: use a routine id, custom:<uuid> or walking.'),
  startedAt: instantSchema,
  endedAt: instantSchema,
  exercises: z
    .array(sessionExerciseSchema)
    .max(100, 'At most 100 exercises in one session.')
    .nullable()
    .optional(),
  painBefore: score('Pain before'),
  painAfter: score('Pain after'),
  effort: score('Effort'),
  rating: z.enum(sessionRatings, { error: 'Rating is too_easy, about_right or too_hard.' }),
  notes: z.string().max(2000, 'Notes can be at most 2000 characters.').nullable().optional(),
};

type Times = { startedAt?: string; endedAt?: string };
const isInstant = (v: unknown): v is string => instantSchema.safeParse(v).success;
/** Milliseconds from start to end, or `null` while either is missing or malformed (reported on its own). */
const lengthMs = (s: Times) =>
  isInstant(s.startedAt) && isInstant(s.endedAt) ? Date.parse(s.endedAt) - Date.parse(s.startedAt) : null;
const inOrder = (s: Times) => (lengthMs(s) ?? 0) >= 0;
const notTooLong = (s: Times) => (lengthMs(s) ?? 0) <= SESSION_MAX_HOURS * 3_600_000;

/** A played routine. A client-chosen `id` makes the create idempotent (the offline outbox replays it). */
export const sessionInputSchema = z
  .strictObject({ id: z.uuid({ error: 'id must be a UUID.' }).optional(), ...sessionFields })
  .refine(inOrder, { message: "A session can't end before it starts.", path: ['endedAt'] })
  .refine(notTooLong, {
    message: `A session can last at most ${SESSION_MAX_HOURS} hours.`,
    path: ['endedAt'],
  });
export type SessionInput = z.infer<typeof sessionInputSchema>;

/** A partial update; `null` clears `exercises` or `notes`. The merged session is validated again. */
export const sessionPatchSchema = z.strictObject(sessionFields).partial();
export type SessionPatch = z.infer<typeof sessionPatchSchema>;

/** A stored session as the API answers it; `localDate` is the date `startedAt` falls on where it was played. */
export interface Session {
  id: string;
  routineId: string;
  /** In the offset it was recorded with. */
  startedAt: string;
  /** Written in the same offset as `startedAt`. */
  endedAt: string;
  exercises: SessionExercise[] | null;
  painBefore: number;
  painAfter: number;
  effort: number;
  rating: SessionRating;
  notes: string | null;
  localDate: string;
  createdAt: string;
  updatedAt: string;
}

/** Applies a patch to a stored session and re-validates the whole record. */
export function applySessionPatch(current: Session, patch: SessionPatch): SessionInput {
  const { localDate: _l, createdAt: _c, updatedAt: _u, ...fields } = current;
  return sessionInputSchema.parse({ ...fields, ...patch });
}

export const sessionListQuerySchema = z
  .strictObject({ from: localDateSchema.optional(), to: localDateSchema.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: '`from` must be on or before `to`.',
    path: ['from'],
  });
