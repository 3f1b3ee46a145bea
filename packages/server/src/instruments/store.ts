import {
  DomainError,
  type InstrumentId,
  type InstrumentResponse,
  instrumentById,
  type ResponseInput,
  responseInputSchema,
  scoreResponse,
} from '@spinekind/core';
import { max } from 'drizzle-orm';
import { type ResourceDef, resourceStore } from '../crud/store.js';
import { asRecorded, localMomentValues, onLocalDates } from '../db/schema/columns.js';
import { firstDay, type UserScope } from '../db/scope.js';
import { instrumentResponses } from './table.js';

type Row = typeof instrumentResponses.$inferSelect;

export const instrumentOf = (id: string) => {
  const instrument = instrumentById(id);
  if (!instrument) throw new DomainError('not_found', `There is no questionnaire called "${id}".`);
  return instrument;
};

/** Storage and backup of questionnaire responses; its routes (routes.ts) are nested under each instrument. */
export const responseResource: ResourceDef<InstrumentResponse, ResponseInput> = {
  key: 'instrumentResponses',
  singular: 'response',
  table: instrumentResponses,
  input: responseInputSchema,
  toValues: ({ instrument, answers, completedAt }) => {
    const { score, band, subscaleBands } = scoreResponse(instrumentOf(instrument), answers);
    return {
      instrument,
      answers,
      ...localMomentValues('completedAt', completedAt),
      score: { ...score, ...(subscaleBands ? { subscaleBands } : {}) },
      band: band.id,
    };
  },
  fromRow: (raw) => {
    const row = raw as Row;
    const instrument = instrumentOf(row.instrument);
    const { score, band, subscaleBands } = scoreResponse(instrument, row.answers);
    return {
      id: row.id,
      instrument: instrument.id,
      answers: row.answers,
      completedAt: asRecorded(row.completedAt, row.utcOffsetMinutes),
      localDate: row.localDate,
      score,
      band,
      ...(subscaleBands ? { subscaleBands } : {}),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  },
  orderBy: [instrumentResponses.completedAt],
  derivedFields: ['localDate', 'score', 'band', 'subscaleBands'],
};

/** The local date of her latest answer to each questionnaire she has answered. */
export async function lastCompletedDates(scope: UserScope): Promise<Partial<Record<InstrumentId, string>>> {
  const rows = await scope.db
    .select({ instrument: instrumentResponses.instrument, last: max(instrumentResponses.localDate) })
    .from(instrumentResponses)
    .where(scope.where(instrumentResponses))
    .groupBy(instrumentResponses.instrument);
  return Object.fromEntries(rows.flatMap((r) => (r.last ? [[r.instrument, r.last]] : [])));
}

/** Her questionnaire answers on local dates in [from, to], in time order. */
export function responsesBetween(scope: UserScope, from: string, to: string): Promise<InstrumentResponse[]> {
  return resourceStore(responseResource, scope).list(onLocalDates(instrumentResponses.localDate, from, to));
}

/** The day of her first questionnaire answer, or null. */
export const firstResponseDay = (scope: UserScope) =>
  firstDay(scope, instrumentResponses, instrumentResponses.localDate);
