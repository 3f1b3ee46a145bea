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
  checkinScreeningPrompt,
  type DailyMetricSource,
  type ErrorDetail,
  isInTheFuture,
  localTimeOf,
  recordSourceSchema,
} from '@spinekind/core';
import { and, between, desc, gte, inArray, isNotNull, ne, type Placeholder } from 'drizzle-orm';
import type { EditableResourceDef, ItemsOf } from '../crud/store.js';
import { resourceStore } from '../crud/store.js';
import { asRecorded, localMomentValues, onLocalDates } from '../db/schema/columns.js';
import { firstDay, type UserScope } from '../db/scope.js';
import { byColumnName, type StageTarget } from '../staging/runs.js';
import { trackerResource } from '../tracking/store.js';
import { checkins } from './table.js';

type Row = typeof checkins.$inferSelect;
/**
 * Stored row → API record: every field present, `recordedAt` in the offset it was recorded with, and the
 * screening prompt her answers raise (core's one rule).
 */
function toCheckin(row: Record<string, unknown>): Checkin {
  const { userId: _u, utcOffsetMinutes, recordedAt, createdAt, updatedAt, ...fields } = row as Row;
  const stored = fields as Omit<Checkin, 'recordedAt' | 'createdAt' | 'updatedAt' | 'screeningPrompt'>;
  return {
    ...stored,
    screeningPrompt: checkinScreeningPrompt(stored),
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

/** Her trackers are read only for a check-in that holds tracker values. */
const hasTrackerValues = (input: Omit<CheckinInput, 'id'>) => Object.keys(input.custom ?? {}).length > 0;

/** Not in the future, and custom values matching the user's trackers (archived ones still count). */
function check(input: Omit<CheckinInput, 'id'>, items: ItemsOf, now: Date): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (isInTheFuture(input.recordedAt, now)) {
    problems.push({ path: 'recordedAt', message: "A check-in can't be recorded in the future." });
  }
  if (input.custom && hasTrackerValues(input)) {
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
    // The schema requires both.
    where: (q) => between(checkins.localDate, q.from as Placeholder, q.to as Placeholder),
  },
  orderBy: [checkins.recordedAt, checkins.createdAt],
  check: { needs: [trackerResource], reads: hasTrackerValues, run: check },
  derivedFields: ['localDate', 'screeningPrompt'],
  keptFields: { source: recordSourceSchema },
};

/** The local dates in `timeZone` on which she has checked in since `sinceMs`. */
export async function checkinDatesSince(scope: UserScope, sinceMs: number, timeZone: string) {
  const rows = await scope.db
    .select({ at: checkins.recordedAt })
    .from(checkins)
    .where(scope.where(checkins, gte(checkins.recordedAt, new Date(sinceMs))));
  return new Set(rows.map((r) => localTimeOf(r.at.getTime(), timeZone).date));
}

/** Her check-ins recorded on local dates from `from` (and up to `to`, both inclusive), in time order. */
export function checkinsBetween(scope: UserScope, from: string, to?: string): Promise<Checkin[]> {
  return resourceStore(checkinResource, scope).list(onLocalDates(checkins.localDate, from, to));
}

/** The local dates on which a check-in logged bleeding of light or more (a cycle's bleeding days). */
export async function bleedingDays(scope: UserScope): Promise<string[]> {
  const rows = await scope.db
    .selectDistinct({ day: checkins.localDate })
    .from(checkins)
    .where(scope.where(checkins, inArray(checkins.bleeding, ['light', 'medium', 'heavy'])));
  return rows.map((r) => r.day);
}

/** Every local date with any bleeding but "none" (spotting included), with how much. */
export async function bleedingLog(scope: UserScope) {
  return scope.db
    .select({ localDate: checkins.localDate, bleeding: checkins.bleeding })
    .from(checkins)
    .where(scope.where(checkins, and(isNotNull(checkins.bleeding), ne(checkins.bleeding, 'none'))));
}

/** The UTC offset her latest check-in was recorded with, when she has one. */
export async function latestUtcOffset(scope: UserScope): Promise<number | undefined> {
  const [latest] = await scope.db
    .select({ offset: checkins.utcOffsetMinutes })
    .from(checkins)
    .where(scope.where(checkins))
    .orderBy(desc(checkins.recordedAt))
    .limit(1);
  return latest?.offset;
}

/** Which of these ids name a check-in of hers. */
export async function checkinIdsAmong(scope: UserScope, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await scope.db
    .select({ id: checkins.id })
    .from(checkins)
    .where(scope.where(checkins, inArray(checkins.id, ids)));
  return rows.map((r) => r.id);
}

/** Her check-ins recorded at exactly these instants: their ids and instants (an import's "she made one then"). */
export async function checkinsAtInstants(
  scope: UserScope,
  instants: Date[],
): Promise<{ id: string; at: Date }[]> {
  if (!instants.length) return [];
  return scope.db
    .select({ id: checkins.id, at: checkins.recordedAt })
    .from(checkins)
    .where(scope.where(checkins, inArray(checkins.recordedAt, instants)));
}

/** Where imported check-ins are staged (staging/runs.ts): by id, and one already there is kept as it is. */
export const checkinsTarget: StageTarget = {
  table: checkins,
  conflict: [checkins.userId, checkins.id],
  onConflict: 'keep',
};

/** A new check-in as a staged row (column names as the table has them), with the app it came from. */
export const checkinStageRow = (
  id: string,
  input: Omit<CheckinInput, 'id'>,
  now: Date,
  source: DailyMetricSource | null = null,
) => byColumnName(checkins, { ...toValues(input), id, source, createdAt: now, updatedAt: now });

/** The day of her first check-in, or null. */
export const firstCheckinDay = (scope: UserScope) => firstDay(scope, checkins, checkins.localDate);
