import {
  applyPeriodPatch,
  bleedingEpisodes,
  cyclesOf,
  estimateStage,
  forecastNextPeriod,
  type Period,
  type PeriodInput,
  type PeriodPatch,
  periodAnswers,
  periodInputSchema,
  periodPatchSchema,
} from '@spinekind/core';
import { inArray } from 'drizzle-orm';
import { checkins } from '../checkins/table.js';
import { type EditableResourceDef, resourceStore } from '../crud/store.js';
import type { UserScope } from '../db/scope.js';
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
};

/**
 * Her cycles as of `asOf`: bleeding episodes from logged periods and check-in bleeding (light or more),
 * the complete cycles and the one running, the stage estimate, and the next-period forecast (or why none).
 */
export async function loadCycles(scope: UserScope, asOf: string) {
  const logged = await resourceStore(periodResource, scope).list();
  const bleedingDays = await scope.db
    .selectDistinct({ day: checkins.localDate })
    .from(checkins)
    .where(scope.where(checkins, inArray(checkins.bleeding, ['light', 'medium', 'heavy'])));
  const episodes = bleedingEpisodes(
    logged,
    bleedingDays.map((r) => r.day),
  );
  const cycles = cyclesOf(episodes.filter((e) => e.start <= asOf));
  const profile = await loadProfile(scope);
  const stage = estimateStage({ episodes, profile, asOf });
  const { forecast, note } = forecastNextPeriod({ cycles, profile, stage, asOf });
  return { episodes, cycles, stage, forecast, forecastNote: note };
}
