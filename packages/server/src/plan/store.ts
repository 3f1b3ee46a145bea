import { customIdOf, type ErrorDetail, type WeeklyPlan } from '@spinekind/core';
import { resourceStore } from '../crud/store.js';
import type { UserScope } from '../db/scope.js';
import { customRoutineResource } from '../exercise/store.js';
import { countChange } from '../versions/versions.js';
import { exercisePlans } from './table.js';

/** The stored plan, or `null` when the user has not saved one. */
export async function loadPlan(scope: UserScope): Promise<WeeklyPlan | null> {
  const [row] = await scope.db.select().from(exercisePlans).where(scope.where(exercisePlans));
  return row ? (row.plan as WeeklyPlan) : null;
}

/** The stored plan and its version from one read (`null` and 0 when the user has not saved one). */
export async function loadPlanAndVersion(
  scope: UserScope,
): Promise<{ plan: WeeklyPlan | null; version: number }> {
  const [row] = await scope.db.select().from(exercisePlans).where(scope.where(exercisePlans));
  return row ? { plan: row.plan as WeeklyPlan, version: row.version } : { plan: null, version: 0 };
}

/** Custom routines named in the plan must be the user's own (archived ones count, as for sessions). */
export async function checkPlan(plan: WeeklyPlan, scope: UserScope): Promise<ErrorDetail[]> {
  const custom = plan.entries.map((e, i) => ({ i, id: customIdOf(e.routineId) })).filter((e) => e.id);
  if (!custom.length) return [];
  const own = new Set((await resourceStore(customRoutineResource, scope).list()).map((r) => r.id));
  return custom
    .filter((e) => !own.has(e.id as string))
    .map((e) => ({ path: `entries.${e.i}.routineId`, message: 'There is no custom routine with this id.' }));
}

/** Writes the one plan of the user (insert or replace); every save counts one change of its version. */
export async function savePlan(scope: UserScope, plan: WeeklyPlan, now: Date): Promise<void> {
  await scope.db
    .insert(exercisePlans)
    .values({ userId: scope.userId, plan, updatedAt: now })
    .onConflictDoUpdate({
      target: exercisePlans.userId,
      set: { plan, updatedAt: now, ...countChange(exercisePlans) },
    });
}
