import { sql } from 'drizzle-orm';
import {
  index,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { owner } from '../db/schema/columns.js';

/** Server-wide keys generated once (e.g. the VAPID key pair for Web Push). */
export const serverKeys = pgTable('server_keys', {
  name: text().primaryKey(),
  value: jsonb().$type<Record<string, unknown>>().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull(),
});

/** Browser push subscriptions; removed when the push service answers 404/410. */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    userId: owner(),
    id: uuid().notNull(),
    endpoint: text().notNull().unique(),
    p256dh: text().notNull(),
    auth: text().notNull(),
    userAgent: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    lastSentAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] })],
);

/** The `key` of break reminders: a break is named by its instant alone. */
export const BREAK_REMINDER_KEY = 'break';

/**
 * One row per reminder that is due to be pushed. Rows are inserted idempotently (one per user, instant
 * and key) and claimed with `FOR UPDATE SKIP LOCKED`, so several server instances send each once. Break
 * reminders have the key `break`; the other reminders (check-in, routine, questionnaire…) carry core's
 * stable reminder key, unique per user, so one that stays due at a later time is still sent once.
 */
export const pushReminders = pgTable(
  'push_reminders',
  {
    userId: owner(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    key: text().notNull().default(BREAK_REMINDER_KEY),
    kind: text().notNull(),
    status: text().notNull(),
    attempts: smallint().notNull().default(0),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.dueAt, t.key] }),
    index('push_reminders_status_due_idx').on(t.status, t.dueAt),
    uniqueIndex('push_reminders_user_key_idx')
      .on(t.userId, t.key)
      .where(sql`${t.key} <> ${sql.raw(`'${BREAK_REMINDER_KEY}'`)}`),
  ],
);
