import type { ReminderSettings } from '@spinekind/core';
import { jsonb, pgTable, timestamp } from 'drizzle-orm/pg-core';
import { owner, versioned } from '../db/schema/columns.js';

/** One row per user: her reminder settings (check-in, routines, questionnaires, period, lesson). */
export const reminderSettings = pgTable('reminder_settings', {
  userId: owner().primaryKey(),
  settings: jsonb().$type<ReminderSettings>().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull(),
  ...versioned,
});
