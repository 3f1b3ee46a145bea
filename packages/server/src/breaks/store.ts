import {
  type BreakLogInput,
  type BreakSettings,
  breakLogInputSchema,
  defaultBreakSettings,
  estimatesFrom,
} from '@spinekind/core';
import { and, asc, eq, gt, gte, lte, min, type SQL, sql } from 'drizzle-orm';
import type { ResourceDef } from '../crud/store.js';
import type { Db } from '../db/client.js';
import type { UserScope } from '../db/scope.js';
import { countChange } from '../versions/versions.js';
import { breakLog, breakSettings } from './table.js';

interface LogEntry {
  id: string;
  at: string;
  action: BreakLogInput['action'];
  routineId: string | null;
  createdAt: string;
  updatedAt: string;
}

export const breakLogResource: ResourceDef<LogEntry, BreakLogInput> = {
  key: 'breakLog',
  singular: 'entry',
  table: breakLog,
  input: breakLogInputSchema,
  toValues: ({ at, action, routineId }) => ({ at: new Date(at), action, routineId: routineId ?? null }),
  fromRow: (r) => {
    const row = r as typeof breakLog.$inferSelect;
    return {
      id: row.id,
      at: row.at.toISOString(),
      action: row.action as BreakLogInput['action'],
      routineId: row.routineId,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  },
  orderBy: [breakLog.at],
};

/** Her break settings as `GET /breaks/settings` answers them: settings, today's state, the version. */
export async function breaksAnswer(scope: UserScope) {
  const [row] = await scope.db.select().from(breakSettings).where(scope.where(breakSettings));
  return {
    settings: row?.settings ?? defaultBreakSettings(),
    state: row?.state ?? {},
    version: row?.version ?? 0,
  };
}

export async function loadBreaks(scope: UserScope) {
  const { settings, state } = await breaksAnswer(scope);
  return { settings, state };
}

/**
 * Saves settings and state. `enabledSince` records when reminders were turned on (kept while they
 * stay on, cleared when they go off), so the sitting estimates don't count days before (see stats).
 */
export async function saveBreaks(
  scope: UserScope,
  settings: BreakSettings,
  state: object,
  now: Date,
  /** A save of her settings (not of a snooze or skip): counts one change of the version. */
  counted = false,
) {
  const values = { settings, state, updatedAt: now } as typeof breakSettings.$inferInsert;
  await scope.db
    .insert(breakSettings)
    .values({ ...values, userId: scope.userId, enabledSince: settings.enabled ? now : null })
    .onConflictDoUpdate({
      target: breakSettings.userId,
      set: {
        ...values,
        ...(counted ? countChange(breakSettings) : {}),
        enabledSince: settings.enabled ? sql`coalesce(${breakSettings.enabledSince}, ${now})` : null,
      },
    });
}

/** From when the stats may estimate sitting: reminders switched on, or her first answer (core `estimatesFrom`). */
export async function estimatesStart(scope: UserScope, settings: BreakSettings): Promise<number | null> {
  const [row] = await scope.db
    .select({ enabledSince: breakSettings.enabledSince })
    .from(breakSettings)
    .where(scope.where(breakSettings));
  const first = await firstBreakAnswer(scope);
  return estimatesFrom(settings, row?.enabledSince?.getTime() ?? null, first?.getTime() ?? null);
}

/** When she first answered a break reminder (taken, snoozed or skipped), if ever. */
export async function firstBreakAnswer(scope: UserScope): Promise<Date | null> {
  const [first] = await scope.db
    .select({ at: min(breakLog.at) })
    .from(breakLog)
    .where(scope.where(breakLog));
  return first?.at ? new Date(first.at) : null;
}

/** The instants she took a break in [since, until]. */
export async function breaksTakenBetween(scope: UserScope, since: Date, until: Date): Promise<Date[]> {
  const rows = await scope.db
    .select({ at: breakLog.at })
    .from(breakLog)
    .where(
      scope.where(breakLog, eq(breakLog.action, 'taken'), gte(breakLog.at, since), lte(breakLog.at, until)),
    );
  return rows.map((r) => r.at);
}

/** Her break settings and state as saved (no defaults): `undefined` when she never saved any. */
export async function savedBreaks(scope: UserScope) {
  const [row] = await scope.db
    .select({ settings: breakSettings.settings, state: breakSettings.state })
    .from(breakSettings)
    .where(scope.where(breakSettings));
  return row;
}

/**
 * One page of users (by id, after `after`) whose break reminders are on and who pass `also` (a condition
 * on the user id column, e.g. "has a push subscription"): what the push job plans from.
 */
export async function usersWithBreaksOn(
  db: Db,
  after: string,
  limit: number,
  also: (userId: typeof breakSettings.userId) => SQL,
) {
  return db
    .select({ userId: breakSettings.userId, settings: breakSettings.settings, state: breakSettings.state })
    .from(breakSettings)
    .where(
      and(
        gt(breakSettings.userId, after),
        sql`(${breakSettings.settings} ->> 'enabled') = 'true'`,
        also(breakSettings.userId),
      ),
    )
    .orderBy(asc(breakSettings.userId))
    .limit(limit);
}
