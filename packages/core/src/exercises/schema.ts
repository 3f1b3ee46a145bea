import { z } from 'zod';
import { lessonGrades, lessonIdSchema, lessonSourceSchema } from '../lessons/schema.js';
import {
  type Dose,
  type Exercise,
  equipmentKinds,
  exerciseTags,
  type Routine,
  type RoutineEvidence,
  type RoutineItem,
} from './types.js';

/**
 * Zod schemas for the built-in catalogue and routines, mirroring the types in `types.ts`. The
 * catalogue test parses every entry with them; the server may reuse them to check its answers.
 */

export const exerciseIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use a kebab-case id like cat-cow.')
  .max(60);

const text = (max: number) => z.string().trim().min(1).max(max);
const seconds = z.int().min(1).max(3600);
const sets = z.int().min(1).max(10);
const rest = z.int().min(0).max(600).optional();

const catalogueDoseSchema: z.ZodType<Dose> = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('time'),
    seconds,
    sets,
    restSeconds: rest,
    perSide: z.boolean().optional(),
  }),
  z.strictObject({
    kind: z.literal('reps'),
    reps: z.int().min(1).max(100),
    sets,
    secondsPerRep: z.number().min(1).max(60),
    restSeconds: rest,
    perSide: z.boolean().optional(),
  }),
]);

/** A well-formed, self-contained drawing: one `<svg>` with a viewBox, nothing active or external. */
export const illustrationSchema = z
  .string()
  .regex(/^<svg [^>]*viewBox="[\d. ]+"[^>]*>[\s\S]*<\/svg>$/, 'An illustration is one <svg> with a viewBox.')
  .refine((svg) => !/<script|\son[a-z]+\s*=|href\s*=|url\(|<text|<image|<foreignObject/i.test(svg), {
    message: 'An illustration has no scripts, event handlers, links, images or text.',
  });

export const exerciseSchema: z.ZodType<Exercise> = z.strictObject({
  id: exerciseIdSchema,
  name: text(60),
  purpose: text(200),
  steps: z.array(text(300)).min(3).max(6),
  cues: z.array(text(80)).min(2).max(3),
  mistakes: z.array(text(200)).min(1).max(5),
  easier: exerciseIdSchema.optional(),
  harder: exerciseIdSchema.optional(),
  equipment: z.array(z.enum(equipmentKinds)).min(1),
  dose: catalogueDoseSchema,
  tags: z.array(z.enum(exerciseTags)).min(1),
  cautions: z.array(text(300)),
  boneSafe: z.boolean(),
  illustration: illustrationSchema,
  alt: text(200),
  rhythm: z
    .array(z.strictObject({ say: text(120), seconds: z.int().min(1).max(300) }))
    .min(1)
    .max(12)
    .optional(),
});

export const routineItemSchema: z.ZodType<RoutineItem> = z.strictObject({
  exerciseId: exerciseIdSchema,
  dose: catalogueDoseSchema.optional(),
});

/** A routine's grade and sources (relaxation sessions), graded as lessons are. */
export const routineEvidenceSchema: z.ZodType<RoutineEvidence> = z.strictObject({
  grade: z.enum(lessonGrades),
  reason: text(200),
  sources: z.array(lessonSourceSchema).min(1).max(4),
});

export const routineSchema: z.ZodType<Routine> = z.strictObject({
  id: exerciseIdSchema,
  name: text(60),
  description: text(300),
  tags: z.array(z.enum(exerciseTags)).min(1),
  items: z.array(routineItemSchema).min(1),
  transitionSeconds: z.int().min(0).max(60),
  lessonId: lessonIdSchema.optional(),
  evidence: routineEvidenceSchema.optional(),
});

/**
 * What the app keeps of `GET /routines` (extra fields pass): each routine's played items and bone
 * swaps, and `bones`, the bone-health answer that shaped them. Custom doses are not checked here.
 */
export const routinesAnswerSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      custom: z.boolean(),
      items: z.array(z.object({ exerciseId: z.string(), dose: catalogueDoseSchema.nullable().catch(null) })),
      boneSwaps: z.array(z.object({ from: z.string(), to: z.string().nullable() })),
      /** The lesson that explains the routine, and its grade where it has one (relaxation). */
      lessonId: z.string().nullish(),
      evidence: routineEvidenceSchema.nullish(),
    }),
  ),
  bones: z.object({ condition: z.enum(['osteoporosis', 'osteopenia']), note: z.string() }).nullable(),
});
export type RoutinesAnswer = z.infer<typeof routinesAnswerSchema>;
