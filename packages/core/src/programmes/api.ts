import { z } from 'zod';
import { noContent } from '../api/common.js';
import { localDateSchema } from '../date-schemas.js';
import { bandColours } from '../exercises/session.js';
import { lessonGrades, lessonSourceSchema } from '../lessons/schema.js';
import { programmeKinds } from './adapt.js';

/** A load to use or that was used: kilograms, a band colour, or her own body weight. */
export const programmeLoadSchema = z.strictObject({
  loadKg: z.number().optional(),
  band: z.enum(bandColours).optional(),
  bodyweight: z.literal(true).optional(),
});

const kindSchema = z.enum(programmeKinds);

/** `GET /programmes`: the built-ins adapted to her profile, and which one she follows. */
export const programmesAnswer = z.strictObject({
  items: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      weeks: z.int(),
      kinds: z.array(z.strictObject({ kind: kindSchema, offered: z.boolean(), reason: z.string() })),
      adaptations: z.array(z.string()),
      note: z.string(),
      evidence: z.strictObject({
        grade: z.enum(lessonGrades),
        reason: z.string(),
        sources: z.array(lessonSourceSchema),
      }),
      started: z.strictObject({ startDate: localDateSchema, startedAt: z.string() }).nullable(),
    }),
  ),
});

const programmeItemSchema = z.strictObject({
  exerciseId: z.string(),
  sets: z.int(),
  reps: z.int().nullable(),
  seconds: z.int().nullable(),
  perSide: z.boolean(),
  load: programmeLoadSchema.nullable(),
});

/** `GET /programmes/bone-health/today`: today's blocks with why, the week, and every adaptation. */
export const programmeTodayAnswer = z.strictObject({
  date: localDateSchema,
  started: z.boolean(),
  startDate: localDateSchema.nullable(),
  /** 1–12 while she follows it; null before she starts or after the twelfth week. */
  week: z.int().nullable(),
  items: z.array(
    z.strictObject({
      kind: kindSchema,
      routineId: z.string(),
      items: z.array(programmeItemSchema),
      why: z.string(),
    }),
  ),
  adaptations: z.array(z.string()),
  note: z.string(),
  /** A red-flag safety-check result pauses the programme (items are then empty). */
  paused: z.strictObject({ level: z.enum(['emergency', 'urgent']), reason: z.string() }).nullable(),
});

/** `POST /programmes/:id/start`: the programme she now follows, from which day. */
export const programmeStartedAnswer = z.strictObject({
  programme: z.strictObject({ id: z.string(), startDate: localDateSchema, startedAt: z.string() }),
});

/** `DELETE /programmes/:id/start`. */
export const programmeStopped = noContent('She no longer follows the programme; her logged sessions stay.');

/** Body of `POST /programmes/:id/start`: from which day (default today in her zone). */
export const programmeStartSchema = z.strictObject({
  startDate: localDateSchema.optional(),
  timeZone: z.string().max(100).optional(),
});

/** One logged set as the history lists it. */
const historySetSchema = z.strictObject({
  sessionId: z.string(),
  date: localDateSchema,
  set: z.int(),
  reps: z.int().nullable(),
  seconds: z.int().nullable(),
  loadKg: z.number().nullable(),
  band: z.enum(bandColours).nullable(),
  bodyweight: z.boolean(),
  rpe: z.int().nullable(),
});

/** `GET /exercises/:id/history`: her logged sets of one exercise and, per week, the best set and volume. */
export const exerciseHistoryAnswer = z.strictObject({
  exerciseId: z.string(),
  sets: z.array(historySetSchema),
  weeks: z.array(
    z.strictObject({
      weekStart: localDateSchema,
      sessions: z.int(),
      sets: z.int(),
      reps: z.int(),
      volumeKg: z.number(),
      best: historySetSchema,
    }),
  ),
});

/** Per-exercise advice from logged sets (added to `GET /progression` as `exercises`). */
export const exerciseAdviceSchema = z.strictObject({
  exerciseId: z.string(),
  advice: z.enum(['step_back', 'keep', 'progress']),
  reason: z.string(),
  next: z.strictObject({ reps: z.int().nullable(), load: programmeLoadSchema.nullable() }),
  lastSessionDate: z.string(),
  sessions: z.int(),
});
