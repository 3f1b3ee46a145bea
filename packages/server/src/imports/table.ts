import { date, doublePrecision, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { owner } from '../db/schema/columns.js';

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
