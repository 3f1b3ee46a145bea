import { z } from 'zod';
import { instantSchema } from '../date-schemas.js';
import {
  lessonBlockSchema,
  lessonGrades,
  lessonIdSchema,
  lessonSourceSchema,
  lessonTopics,
} from './schema.js';

/**
 * The shapes the lessons API answers with (`/api/v1/lessons…`). The lessons themselves are static
 * data in this package; the server adds her reading state (`readAt`) when she is signed in.
 */

/** When she marked it read; `null` when unread; absent when nobody is signed in. */
const readAt = instantSchema.nullable().optional();

/** A lesson without its body, as the list and Today's card show it. */
export const lessonSummarySchema = z.strictObject({
  id: lessonIdSchema,
  title: z.string(),
  summary: z.string(),
  topics: z.array(z.enum(lessonTopics)),
  minutes: z.int(),
  grade: z.enum(lessonGrades),
  gradeReason: z.string(),
  sources: z.array(lessonSourceSchema),
  reviewedAt: z.iso.date(),
  readAt,
});
export type LessonSummary = z.infer<typeof lessonSummarySchema>;

export const lessonListAnswerSchema = z.strictObject({ items: z.array(lessonSummarySchema) });
export type LessonListAnswer = z.infer<typeof lessonListAnswerSchema>;

export const lessonAnswerSchema = z.strictObject({
  lesson: lessonSummarySchema.extend({ body: z.array(lessonBlockSchema) }),
});
export type LessonAnswer = z.infer<typeof lessonAnswerSchema>;

/** `PUT /lessons/:id/read`. */
export const lessonReadInputSchema = z.strictObject({ read: z.boolean({ error: 'read is true or false.' }) });
export type LessonReadInput = z.infer<typeof lessonReadInputSchema>;

export const lessonReadAnswerSchema = z.strictObject({
  lesson: z.strictObject({ id: lessonIdSchema, readAt: instantSchema.nullable() }),
});
export type LessonReadAnswer = z.infer<typeof lessonReadAnswerSchema>;

/** `GET /lessons/today`: one unread lesson and why; `lesson` is `null` once she has read them all. */
export const todayLessonAnswerSchema = z.strictObject({
  lesson: lessonSummarySchema.nullable(),
  reason: z.string(),
});
export type TodayLessonAnswer = z.infer<typeof todayLessonAnswerSchema>;
