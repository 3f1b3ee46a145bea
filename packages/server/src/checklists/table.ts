import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { owner } from '../db/schema/columns.js';

/** Ticked items of the sleep and travel setup checklists. */
export const checklistTicks = pgTable(
  'checklist_ticks',
  {
    userId: owner(),
    itemId: text().notNull(),
    tickedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.itemId] })],
);
