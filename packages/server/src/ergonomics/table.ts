import { index, jsonb, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { owner } from '../db/schema/columns.js';

/** Desk self-checks: the answers and the scored result. */
export const ergonomicChecks = pgTable(
  'ergonomic_checks',
  {
    userId: owner(),
    id: uuid().notNull(),
    answers: jsonb().$type<Record<string, string>>().notNull(),
    result: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.id] }),
    index('ergonomic_checks_user_idx').on(t.userId, t.createdAt),
  ],
);
