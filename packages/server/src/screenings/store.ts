import {
  type Screening,
  type ScreeningInput,
  type ScreeningPatch,
  screeningAnswers,
  screeningInputSchema,
  screeningOutcome,
  screeningPatchSchema,
} from '@spinekind/core';
import { between } from 'drizzle-orm';
import { type EditableResourceDef, resourceStore } from '../crud/store.js';
import { asRecorded, localMomentValues } from '../db/schema/columns.js';
import type { UserScope } from '../db/scope.js';
import { screenings } from './table.js';

type Row = typeof screenings.$inferSelect;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const screeningResource: EditableResourceDef<Screening, ScreeningInput, ScreeningPatch> = {
  key: 'screenings',
  singular: 'screening',
  answers: screeningAnswers,
  table: screenings,
  input: screeningInputSchema,
  patch: screeningPatchSchema,
  toValues: ({ recordedAt, input, acknowledgedAt, bookingReminder, bookedAt, followUp, followUpAt }) => ({
    ...localMomentValues('recordedAt', recordedAt),
    input,
    ...screeningOutcome(input),
    acknowledgedAt: acknowledgedAt ? new Date(acknowledgedAt) : null,
    bookingReminder: bookingReminder ?? false,
    bookedAt: bookedAt ? new Date(bookedAt) : null,
    followUp: followUp ?? null,
    followUpAt: followUpAt ? new Date(followUpAt) : null,
  }),
  fromRow: (raw) => {
    const row = raw as Row;
    return {
      id: row.id,
      recordedAt: asRecorded(row.recordedAt, row.utcOffsetMinutes),
      localDate: row.localDate,
      input: row.input as Screening['input'],
      level: row.level as Screening['level'],
      reasons: row.reasons as Screening['reasons'],
      rulesetVersion: row.rulesetVersion,
      matchedRules: row.matchedRules,
      acknowledgedAt: iso(row.acknowledgedAt),
      bookingReminder: row.bookingReminder,
      bookedAt: iso(row.bookedAt),
      followUp: (row.followUp ?? null) as Screening['followUp'],
      followUpAt: iso(row.followUpAt),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  },
  merge: ({ recordedAt, input, acknowledgedAt, bookingReminder, bookedAt, followUp, followUpAt }, patch) => ({
    recordedAt,
    input,
    acknowledgedAt,
    bookingReminder,
    bookedAt,
    followUp,
    followUpAt,
    ...patch,
  }),
  orderBy: [screenings.recordedAt],
  derivedFields: ['localDate', 'level', 'reasons', 'rulesetVersion', 'matchedRules'],
};

/** Her red-flag screenings recorded on local dates from `from` to `to` (both inclusive). */
export function screeningsBetween(scope: UserScope, from: string, to: string): Promise<Screening[]> {
  return resourceStore(screeningResource, scope).list(between(screenings.localDate, from, to));
}
