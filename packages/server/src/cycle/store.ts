import {
  applyPeriodPatch,
  bleedingEpisodes,
  cyclesOf,
  estimateStage,
  forecastNextPeriod,
  type Locale,
  type Period,
  type PeriodInput,
  type PeriodPatch,
  periodAnswers,
  periodInputSchema,
  periodPatchSchema,
  recordSourceSchema,
} from '@spinekind/core';
import { sql } from 'drizzle-orm';
import { bleedingDays } from '../checkins/store.js';
import { type EditableResourceDef, resourceStore } from '../crud/store.js';
import { firstDay, type UserScope } from '../db/scope.js';
import { loadProfile } from '../profile/store.js';
import { periods } from './table.js';

export const periodResource: EditableResourceDef<Period, PeriodInput, PeriodPatch> = {
  key: 'periods',
  singular: 'period',
  answers: periodAnswers,
  table: periods,
  input: periodInputSchema,
  patch: periodPatchSchema,
  toValues: ({ startDate, endDate, flow, notes }) => ({
    startDate,
    endDate: endDate ?? null,
    flow: flow ?? null,
    notes: notes ?? null,
  }),
  fromRow: (row) => {
    const { userId: _u, createdAt, updatedAt, ...fields } = row as Record<string, unknown>;
    return {
      ...(fields as Omit<Period, 'createdAt' | 'updatedAt'>),
      createdAt: (createdAt as Date).toISOString(),
      updatedAt: (updatedAt as Date).toISOString(),
    };
  },
  merge: (current, patch) => {
    const { id: _id, ...input } = applyPeriodPatch(current, patch);
    return input;
  },
  orderBy: [periods.startDate],
  keptFields: { source: recordSourceSchema },
};

/**
 * Her cycles as of `asOf`: bleeding episodes from logged periods and check-in bleeding (light or more),
 * the complete cycles and the one running, the stage estimate, and the next-period forecast (or why none),
 * explained in her language.
 */
export async function loadCycles(scope: UserScope, asOf: string, locale: Locale = 'en') {
  const logged = await resourceStore(periodResource, scope).list();
  const episodes = bleedingEpisodes(logged, await bleedingDays(scope));
  const cycles = cyclesOf(episodes.filter((e) => e.start <= asOf));
  const profile = await loadProfile(scope);
  const stage = estimateStage({ episodes, profile, asOf, locale });
  const { forecast, note } = forecastNextPeriod({ cycles, profile, stage, asOf, locale });
  return { episodes, cycles, stage, forecast, forecastNote: note };
}

/** Every period she has (logged or imported): id and dates only. */
export function periodSpans(scope: UserScope) {
  return scope.db
    .select({ id: periods.id, startDate: periods.startDate, endDate: periods.endDate })
    .from(periods)
    .where(scope.where(periods));
}

/** Writes periods by id; a period already there takes the new end and flow (only when they changed). */
export async function upsertPeriods(scope: UserScope, rows: (typeof periods.$inferInsert)[], now: Date) {
  await scope.db
    .insert(periods)
    .values(rows)
    .onConflictDoUpdate({
      target: [periods.userId, periods.id],
      // A period an import made before sources were kept gets its source on the next import of the file.
      set: {
        endDate: sql`excluded.end_date`,
        flow: sql`excluded.flow`,
        source: sql`excluded.source`,
        updatedAt: now,
      },
      setWhere: sql`(${periods.endDate}, ${periods.flow}, ${periods.source}) is distinct from (excluded.end_date, excluded.flow, excluded.source)`,
    });
}

/** The day of her first logged period's start, or null. */
export const firstPeriodDay = (scope: UserScope) => firstDay(scope, periods, periods.startDate);
