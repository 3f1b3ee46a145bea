import { z } from 'zod';
import { checklistIds } from '../setup/checklists.js';

/**
 * Lessons: short, evidence-graded reading in our own words. Each lesson is plain data checked by
 * `lessonSchema`; `lessons.test.ts` also checks links, reading time, sources and safe wording.
 */

/** The closed list of topics a lesson can belong to (the web groups lessons by these). */
export const lessonTopics = [
  'menopause',
  'course-of-pain',
  'posture-sitting',
  'sleep',
  'stress-mood',
  'weight-core',
  'movement',
  'bone',
  'desk',
  'food',
  'hydration',
  'vitamin-d',
  'therapies',
  'hrt',
  'travel',
  'warning-signs',
  'insights',
] as const;
export type LessonTopic = (typeof lessonTopics)[number];

/** A: consistent trials or a guideline; B: some trials with limits; C: observational or small trials; D: little or none. */
export const lessonGrades = ['A', 'B', 'C', 'D'] as const;
export type LessonGrade = (typeof lessonGrades)[number];

/** Where a "try this" block takes her in the app. */
export type LessonLink =
  | { kind: 'routine'; id: string }
  | { kind: 'checklist'; id: (typeof checklistIds)[number] }
  | { kind: 'lesson'; id: string }
  | { kind: 'deskCheck' }
  | { kind: 'breaks' };

export type LessonBlock =
  | { type: 'p'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'try'; text: string; link: LessonLink };

export interface LessonSource {
  /** Authors or organisation, title, journal or publisher. */
  citation: string;
  year: number;
  /** A stable link (DOI, PubMed or an official page), only where one was checked. */
  url?: string;
}

export interface Lesson {
  id: string;
  title: string;
  /** One sentence. */
  summary: string;
  topics: LessonTopic[];
  /** Reading time, 2–5 minutes at about 200 words a minute (see `readingMinutes`). */
  minutes: number;
  /** Strength of the evidence for the lesson's main claim. */
  grade: LessonGrade;
  /** One line saying why the grade is what it is. */
  gradeReason: string;
  sources: LessonSource[];
  /** ISO date the text was last checked against its sources. */
  reviewedAt: string;
  body: LessonBlock[];
}

export const lessonIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use a kebab-case id like sleep-and-pain.')
  .max(60);

const text = (max: number) => z.string().trim().min(1).max(max);
/** One line: no line breaks. */
const line = (max: number) => text(max).regex(/^[^\n\r]*$/, 'One line only.');

export const lessonLinkSchema: z.ZodType<LessonLink> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('routine'), id: lessonIdSchema }),
  z.strictObject({ kind: z.literal('checklist'), id: z.enum(checklistIds) }),
  z.strictObject({ kind: z.literal('lesson'), id: lessonIdSchema }),
  z.strictObject({ kind: z.literal('deskCheck') }),
  z.strictObject({ kind: z.literal('breaks') }),
]);

export const lessonBlockSchema: z.ZodType<LessonBlock> = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('p'), text: text(1200) }),
  z.strictObject({ type: z.literal('list'), items: z.array(line(400)).min(2).max(20) }),
  z.strictObject({ type: z.literal('try'), text: line(200), link: lessonLinkSchema }),
]);

export const lessonSourceSchema: z.ZodType<LessonSource> = z.strictObject({
  citation: line(400),
  year: z.int().min(1900).max(2100),
  url: z.url({ protocol: /^https$/ }).optional(),
});

/** One sentence: ends with a full stop and holds no other sentence end. */
const oneSentence = line(200).regex(/^[^.!?]*[^.!?\s][^.!?]*\.$/, 'The summary is one sentence.');

export const lessonSchema: z.ZodType<Lesson> = z.strictObject({
  id: lessonIdSchema,
  title: line(80),
  summary: oneSentence,
  topics: z.array(z.enum(lessonTopics)).min(1).max(4),
  minutes: z.int().min(2).max(5),
  grade: z.enum(lessonGrades),
  gradeReason: line(200),
  sources: z.array(lessonSourceSchema).min(1).max(8),
  reviewedAt: z.iso.date(),
  body: z.array(lessonBlockSchema).min(2).max(30),
});

/** Every piece of text she reads in a lesson body, in order (the summary first). */
export function lessonTexts(lesson: Pick<Lesson, 'summary' | 'body'>): string[] {
  const out = [lesson.summary];
  for (const block of lesson.body) {
    if (block.type === 'list') out.push(...block.items);
    else out.push(block.text);
  }
  return out;
}

/** Words she reads: summary and body. */
export function lessonWords(lesson: Pick<Lesson, 'summary' | 'body'>): number {
  return lessonTexts(lesson).reduce(
    (n, t) => n + (t.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0),
    0,
  );
}

export const WORDS_PER_MINUTE = 200;

/** Whole minutes at 200 words a minute, at least 1. */
export function readingMinutes(lesson: Pick<Lesson, 'summary' | 'body'>): number {
  return Math.max(1, Math.round(lessonWords(lesson) / WORDS_PER_MINUTE));
}

/** A lesson without `minutes`: the reading time is computed from its words (kept within 2–5). */
export type LessonDraft = Omit<Lesson, 'minutes'>;

export function defineLesson(draft: LessonDraft): Lesson {
  const minutes = Math.min(5, Math.max(2, readingMinutes(draft)));
  return { ...draft, minutes };
}
