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

/**
 * Her own words from another app (Bearable's notes, drip.'s notes), one text per day and source, so a
 * re-import rewrites the same row. Kept apart from check-ins: a check-in needs a pain score, and an
 * import never invents one.
 */
export const importedNotes = pgTable(
  'imported_notes',
  {
    userId: owner(),
    localDate: date({ mode: 'string' }).notNull(),
    source: text().notNull(),
    text: text().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.localDate, t.source] })],
);
