import { z } from 'zod';
import { ergonomicAreaIds } from './areas.js';
import { ERGONOMIC_NOT_APPLICABLE, type ErgonomicQuestion } from './question.js';
import { ergonomicQuestions } from './questions.js';

const answerSchema = (q: ErgonomicQuestion) => {
  const values = q.options.map((o) => o.value) as [string, ...string[]];
  const skippable = values.includes(ERGONOMIC_NOT_APPLICABLE);
  return z.enum(values, {
    error: (issue) =>
      issue.input !== undefined
        ? 'Choose one of the answers offered.'
        : skippable
          ? "Please answer this one, or choose the answer that says it doesn't apply."
          : 'Please answer this one.',
  });
};

/**
 * A full desk self-check: every question answered with one of its values. Questions that don't fit
 * everyone (armrests, phone, laptop) offer `not_applicable`; there is no other way to skip, so every
 * score covers the whole desk. Unknown question ids are rejected.
 */
export const ergonomicAnswersSchema = z.strictObject({
  answers: z.strictObject(Object.fromEntries(ergonomicQuestions.map((q) => [q.id, answerSchema(q)])), {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `Unknown question: ${issue.keys.join(', ')}.` : undefined,
  }),
});
export type ErgonomicAnswers = z.infer<typeof ergonomicAnswersSchema>;

const percent = z.int().min(0).max(100);

/** The outcome of a self-check: overall and per-area scores (100 = best) and what to change first. */
export const ergonomicResultSchema = z.strictObject({
  score: percent,
  areas: z.array(
    z.strictObject({ area: z.enum(ergonomicAreaIds), score: percent, fixes: z.array(z.string()) }),
  ),
  topFixes: z.array(z.string()).max(3),
});
export type ErgonomicResult = z.infer<typeof ergonomicResultSchema>;
