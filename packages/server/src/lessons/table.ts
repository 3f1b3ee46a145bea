import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { owner } from '../db/schema/columns.js';

/**
 * Lessons she has marked read: one row per lesson (the lessons themselves are static data in core).
 * Marking read again keeps the first time; marking unread deletes the row.
 */
export const lessonReads = pgTable(
  'lesson_reads',
  {
    userId: owner(),
    lessonId: text().notNull(),
    readAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.lessonId] })],
);
