import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { owner } from '../db/schema/columns.js';

/** The secret calendar-feed token of a user (only its SHA-256 is stored). */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: owner().primaryKey(),
  tokenHash: text().notNull().unique(),
  createdAt: timestamp({ withTimezone: true }).notNull(),
});
