import {
  type BleedingAnswer,
  type BleedingAnswerInput,
  type BleedingCheckInput,
  bleedingAnswerInputSchema,
  bleedingCheck,
  bleedingCheckInputFor,
  bleedingRuns,
  bookedAtFor,
  type CycleBleedingCheck,
  type Flow,
  formatWithOffset,
  offsetMinutesOf,
} from '@spinekind/core';
import { bleedingLog } from '../checkins/store.js';
import { type ResourceDef, resourceStore } from '../crud/store.js';
import { periodResource } from '../cycle/store.js';
import type { UserScope } from '../db/scope.js';
import { loadProfile } from '../profile/store.js';
import { bleedingAnswers } from './table.js';

type Row = typeof bleedingAnswers.$inferSelect;

/**
 * Her answers to bleeding-check cards: storage and backup through the generic resource machinery; the
 * routes are this feature's own (create, list, delete: an answer is never edited).
 */
export const bleedingAnswerResource: ResourceDef<BleedingAnswer, BleedingAnswerInput> = {
  key: 'bleedingAnswers',
  singular: 'answer',
  table: bleedingAnswers,
  input: bleedingAnswerInputSchema,
  toValues: ({ runStart, answer, answeredAt }) => ({
    runStart,
    answer,
    answeredAt: new Date(answeredAt),
    utcOffsetMinutes: offsetMinutesOf(answeredAt),
  }),
  fromRow: (raw) => {
    const row = raw as Row;
    return {
      id: row.id,
      runStart: row.runStart,
      answer: row.answer as BleedingAnswer['answer'],
      answeredAt: formatWithOffset(row.answeredAt.getTime(), row.utcOffsetMinutes),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  },
  orderBy: [bleedingAnswers.answeredAt],
};

/** Her bleeding-check input (spec §1) from her profile, check-ins and period log, as of `asOf`. */
export async function loadBleedingInput(scope: UserScope, asOf: string): Promise<BleedingCheckInput> {
  const [profile, bled, periods] = await Promise.all([
    loadProfile(scope),
    bleedingLog(scope),
    resourceStore(periodResource, scope).list(),
  ]);
  const days = bled.map((c) => ({ localDate: c.localDate, bleeding: c.bleeding as Flow }));
  return bleedingCheckInputFor(profile, days, periods, asOf);
}

/** The bleeding check of her own log as of `asOf`, with the judged run's end and her "booked" answer. */
export async function loadBleedingCheck(scope: UserScope, asOf: string): Promise<CycleBleedingCheck> {
  const [input, answers] = await Promise.all([
    loadBleedingInput(scope, asOf),
    resourceStore(bleedingAnswerResource, scope).list(),
  ]);
  const result = bleedingCheck(input);
  const runEnd = bleedingRuns(input.bleeding, asOf).at(-1)?.last ?? null;
  return { ...result, runEnd, acknowledgedAt: bookedAtFor(result.runStart, answers) };
}
