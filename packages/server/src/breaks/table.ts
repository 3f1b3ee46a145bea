import type { BreakSettings, BreakState } from '@spinekind/core';
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { owner, versioned } from '../db/schema/columns.js';

/** One row per user: break settings and what she did to today's reminders (snooze, skip, pause). */
export const breakSettings = pgTable('break_settings', {
  userId: owner().primaryKey(),
  settings: jsonb().$type<BreakSettings>().notNull(),
  state: jsonb().$type<BreakState>().notNull(),
  /** When reminders were last turned on (null while off): sitting estimates count from here. */
  enabledSince: timestamp({ withTimezone: true }),
  updatedAt: timestamp({ withTimezone: true }).notNull(),
  /** Counts saves of the settings (`PUT /breaks/settings`), not her snoozes and skips. */
  ...versioned,
});

/** What happened at each reminder: taken, snoozed or skipped, with the routine used. */
export const breakLog = pgTable(
  'break_log',
  {
    userId: owner(),
    id: uuid().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
    action: text().notNull(),
    routineId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] }), index('break_log_user_at_idx').on(t.userId, t.at)],
);
