import type { Catalogue } from '../../i18n/catalogue.js';
import type { Lesson, LessonBlock } from '../schema.js';

/**
 * The text fields of a lesson, which a translation replaces (through `withTexts`); ids, grades,
 * sources, links and reading time stay as the English lesson has them.
 */

/** The text of one body block: a paragraph's or a "try this" line's text, or a list's items. */
export type LessonBlockTexts = { readonly text: string } | { readonly items: readonly string[] };

/** A lesson's title, summary, grade reason and body texts (same length and order as its body). */
export interface LessonTexts {
  readonly title: string;
  readonly summary: string;
  readonly gradeReason: string;
  readonly body: readonly LessonBlockTexts[];
}

/** The text part of one block, so a translation can be laid over it block by block. */
export function blockTexts(block: LessonBlock): LessonBlockTexts {
  return block.type === 'list' ? { items: block.items } : { text: block.text };
}

/** The English catalogue of a lesson: what `catalogueGaps` compares a translation against. */
export function lessonTextsOf(lesson: Lesson): LessonTexts {
  return {
    title: lesson.title,
    summary: lesson.summary,
    gradeReason: lesson.gradeReason,
    body: lesson.body.map(blockTexts),
  };
}

/** One language's lesson texts, by lesson id (every lesson of the library, tested for de and es). */
export type LessonCatalogue = Readonly<Record<string, Catalogue<LessonTexts>>>;
