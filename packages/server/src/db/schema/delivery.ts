import { sql } from 'drizzle-orm';
import {
  date,
  doublePrecision,
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
import { owner } from './columns.js';

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

/** The secret calendar-feed token of a user (only its SHA-256 is stored). */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: owner().primaryKey(),
  tokenHash: text().notNull().unique(),
  createdAt: timestamp({ withTimezone: true }).notNull(),
});

/** Personal access tokens for scripts and shortcuts (only the SHA-256 of the secret is stored). */
export const accessTokens = pgTable(
  'access_tokens',
  {
    userId: owner(),
    id: uuid().notNull(),
    name: text().notNull(),
    scope: text().notNull(),
    secretHash: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    lastUsedAt: timestamp({ withTimezone: true }),
    /** Every token ends: she picks 1–365 days (default 90); an expired token is refused. */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] })],
);

/**
 * Daily values brought in from other sources (Apple Health: steps, sleep, weight, waist,
 * symptoms). Keyed by day, metric and source, so a re-import overwrites instead of duplicating.
 */
export const dailyMetrics = pgTable(
  'daily_metrics',
  {
    userId: owner(),
    localDate: date({ mode: 'string' }).notNull(),
    metric: text().notNull(),
    source: text().notNull(),
    value: doublePrecision().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.localDate, t.metric, t.source] })],
);
