import type { z } from 'zod';
import { daysBetween } from '../cycle/days.js';
import { localDateOf } from '../dates.js';
import type { bleedingAnswerInputSchema, bleedingAnswerSchema } from './answer-schemas.js';
import type { BleedingCheckResult } from './schema.js';

/** Her answer to a `soon` card: she has booked, or wants it back tomorrow (spec §6.3). */
export const bleedingAnswerKinds = ['booked', 'remind_tomorrow'] as const;
export type BleedingAnswerKind = (typeof bleedingAnswerKinds)[number];

export type BleedingAnswerInput = z.infer<typeof bleedingAnswerInputSchema>;

export type BleedingAnswer = z.infer<typeof bleedingAnswerSchema>;

/** Spec §6.3: a `soon` card stays on Today while the run's last bleeding day is this recent. */
export const BLEEDING_CARD_DAYS = 14;

/** When she said she booked a check for this run, or null. */
export function bookedAtFor(
  runStart: string | null,
  answers: readonly Pick<BleedingAnswer, 'runStart' | 'answer' | 'answeredAt'>[],
) {
  const booked = answers
    .filter((a) => a.runStart === runStart && a.answer === 'booked')
    .map((a) => a.answeredAt)
    .sort((x, y) => Date.parse(x) - Date.parse(y));
  return booked[0] ?? null;
}

/**
 * Whether Today shows the card for this answer (spec §6.3): a `soon` run whose last bleeding day is within
 * the last 14 days, until she says she booked; "Remind me tomorrow" hides it for the rest of her day.
 */
export function showBleedingCard(
  result: Pick<BleedingCheckResult, 'level' | 'runStart'>,
  runEnd: string | null,
  answers: readonly Pick<BleedingAnswer, 'runStart' | 'answer' | 'answeredAt'>[],
  today: string,
): boolean {
  if (result.level !== 'soon' || runEnd === null) return false;
  if (daysBetween(runEnd, today) > BLEEDING_CARD_DAYS) return false;
  if (bookedAtFor(result.runStart, answers) !== null) return false;
  return !answers.some(
    (a) =>
      a.runStart === result.runStart && a.answer === 'remind_tomorrow' && localDateOf(a.answeredAt) >= today,
  );
}
