import {
  applyCheckinPatch,
  type Checkin,
  type CheckinInput,
  type CheckinPatch,
  checkCustomValues,
  checkinAnswers,
  checkinFieldNames,
  checkinInputSchema,
  checkinListQuerySchema,
  checkinPatchSchema,
  type ErrorDetail,
  isInTheFuture,
  localTimeOf,
} from '@spinekind/core';
import { between, gte } from 'drizzle-orm';
import { type EditableResourceDef, type ItemsOf, resourceStore } from '../crud/store.js';
import { asRecorded, localMomentValues } from '../db/schema/columns.js';
import type { UserScope } from '../db/scope.js';
import { trackerResource } from '../tracking/store.js';
import { checkins } from './table.js';

type Row = typeof checkins.$inferSelect;
/** Stored row → API record: every field present, `recordedAt` in the offset it was recorded with. */
function toCheckin(row: Record<string, unknown>): Checkin {
  const { userId: _u, utcOffsetMinutes, recordedAt, createdAt, updatedAt, ...fields } = row as Row;
  return {
    ...(fields as Omit<Checkin, 'recordedAt' | 'createdAt' | 'updatedAt'>),
    recordedAt: asRecorded(recordedAt, utcOffsetMinutes),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}

/** Input → columns; the instant, its offset and the local date it falls on are stored apart. */
function toValues(input: Omit<CheckinInput, 'id'>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const name of checkinFieldNames) values[name] = input[name] ?? null;
  return { ...values, ...localMomentValues('recordedAt', input.recordedAt) };
}

/** Not in the future, and custom values matching the user's trackers (archived ones still count). */
function check(input: Omit<CheckinInput, 'id'>, items: ItemsOf, now: Date): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (isInTheFuture(input.recordedAt, now)) {
    problems.push({ path: 'recordedAt', message: "A check-in can't be recorded in the future." });
  }
  if (input.custom && Object.keys(input.custom).length > 0) {
    problems.push(...checkCustomValues(input.custom, items(trackerResource)));
  }
  return problems;
}

export const checkinResource: EditableResourceDef<Checkin, CheckinInput, CheckinPatch> = {
  key: 'checkins',
  singular: 'checkin',
  answers: checkinAnswers,
  table: checkins,
  input: checkinInputSchema,
  patch: checkinPatchSchema,
  toValues,
  fromRow: toCheckin,
  merge: (current, patch) => {
    const { id: _id, ...input } = applyCheckinPatch(current, patch);
    return input;
  },
  // Listed by the local date the check-in was recorded on, in time order.
  listQuery: {
    schema: checkinListQuerySchema,
    where: (q) => between(checkins.localDate, q.from as string, q.to as string),
  },
  orderBy: [checkins.recordedAt, checkins.createdAt],
  check: { needs: [trackerResource], run: check },
  derivedFields: ['localDate'],
};

/** The local dates in `timeZone` on which she has checked in since `sinceMs`. */
export async function checkinDatesSince(scope: UserScope, sinceMs: number, timeZone: string) {
  const rows = await scope.db
    .select({ at: checkins.recordedAt })
    .from(checkins)
    .where(scope.where(checkins, gte(checkins.recordedAt, new Date(sinceMs))));
  return new Set(rows.map((r) => localTimeOf(r.at.getTime(), timeZone).date));
}

/** Her check-ins recorded on local dates from `from` to `to` (both inclusive), in time order. */
export function checkinsBetween(scope: UserScope, from: string, to: string): Promise<Checkin[]> {
  return resourceStore(checkinResource, scope).list(between(checkins.localDate, from, to));
}
