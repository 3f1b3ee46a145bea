import { checklistItemById } from '@spinekind/core';
import { asc } from 'drizzle-orm';
import type { UserScope } from '../db/scope.js';
import { checklistTicks } from './table.js';

/** The user's ticks as `itemId → tickedAt`. */
export async function loadChecklistTicks(scope: UserScope): Promise<{ itemId: string; tickedAt: string }[]> {
  const rows = await scope.db
    .select()
    .from(checklistTicks)
    .where(scope.where(checklistTicks))
    .orderBy(asc(checklistTicks.itemId));
  return rows.map((r) => ({ itemId: r.itemId, tickedAt: r.tickedAt.toISOString() }));
}

/** Writes the ticks of a restored backup (unknown item ids are dropped: the lists may have changed). */
export async function restoreChecklistTicks(scope: UserScope, ticks: { itemId: string; tickedAt: string }[]) {
  const known = ticks.filter((t) => checklistItemById(t.itemId));
  for (const t of known) {
    await scope.db
      .insert(checklistTicks)
      .values({ userId: scope.userId, itemId: t.itemId, tickedAt: new Date(t.tickedAt) })
      .onConflictDoUpdate({
        target: [checklistTicks.userId, checklistTicks.itemId],
        set: { tickedAt: new Date(t.tickedAt) },
      });
  }
  return known.length;
}
