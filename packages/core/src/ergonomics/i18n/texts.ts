import type { Catalogue } from '../../i18n/catalogue.js';
import type { ErgonomicArea, ErgonomicAreaId } from '../areas.js';
import type { ErgonomicQuestion } from '../question.js';

/** The texts of one desk-check question: the question, why it matters, and each answer's label and fix. */
export interface QuestionTexts {
  text: string;
  why: string;
  options: readonly { label: string; fix?: string }[];
}

/** The English texts of a question (its catalogue), answers in order. */
export const questionTexts = (q: ErgonomicQuestion): QuestionTexts => ({
  text: q.text,
  why: q.why,
  options: q.options.map((o) => (o.fix === undefined ? { label: o.label } : { label: o.label, fix: o.fix })),
});

/** The texts of one area: its name and the evidence note (sources stay as published). */
export type AreaTexts = Pick<ErgonomicArea, 'label' | 'note'>;

/** One language's desk check: every question and area by id. */
export interface DeskCheckTranslation {
  questions: Readonly<Record<string, Catalogue<QuestionTexts>>>;
  areas: Readonly<Record<ErgonomicAreaId, Catalogue<AreaTexts>>>;
}
