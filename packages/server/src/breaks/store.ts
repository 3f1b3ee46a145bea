import { type BreakSettings, defaultBreakSettings, estimatesFrom, instantSchema } from '@spinekind/core';
import { min, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { ResourceDef } from '../crud/store.js';
import type { UserScope } from '../db/scope.js';
import { countChange } from '../versions/versions.js';
import { breakLog, breakSettings } from './table.js';

export const logInputSchema = z.strictObject({
  id: z.uuid().optional(),
  at: instantSchema,
  action: z.enum(['taken', 'snoozed', 'skipped'], { error: 'Action is taken, snoozed or skipped.' }),
  routineId: z.string().min(1).max(80).nullable().optional(),
});

export type LogInput = z.infer<typeof logInputSchema>;

interface LogEntry {
  id: string;
  at: string;
  action: LogInput['action'];
  routineId: string | null;
  createdAt: string;
  updatedAt: string;
}

export const breakLogResource: ResourceDef<LogEntry, LogInput> = {
  key: 'breakLog',
  singular: 'entry',
  table: breakLog,
  input: logInputSchema,
  toValues: ({ at, action, routineId }) => ({ at: new Date(at), action, routineId: routineId ?? null }),
  fromRow: (r) => {
    const row = r as typeof breakLog.$inferSelect;
    return {
      id: row.id,
      at: row.at.toISOString(),
      action: row.action as LogInput['action'],
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
  const [first] = await scope.db
    .select({ at: min(breakLog.at) })
    .from(breakLog)
    .where(scope.where(breakLog));
  return estimatesFrom(
    settings,
    row?.enabledSince?.getTime() ?? null,
    first?.at ? new Date(first.at).getTime() : null,
  );
}
