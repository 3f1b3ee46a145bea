import { boolean, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { localMoment, owner, stamps, versioned } from '../db/schema/columns.js';

/** Red-flag screenings: the answers as given and the outcome computed from them by `core/triage`. */
export const screenings = pgTable(
  'screenings',
  {
    userId: owner(),
    id: uuid().notNull(),
    ...localMoment('recordedAt'),
    input: jsonb().$type<Record<string, unknown>>().notNull(),
    level: text().notNull(),
    reasons: text().array().notNull(),
    rulesetVersion: text().notNull(),
    matchedRules: text().array().notNull(),
    acknowledgedAt: timestamp({ withTimezone: true }),
    bookingReminder: boolean().notNull().default(false),
    bookedAt: timestamp({ withTimezone: true }),
    followUp: text(),
    followUpAt: timestamp({ withTimezone: true }),
    ...stamps,
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.id] }),
    index('screenings_user_recorded_idx').on(t.userId, t.recordedAt),
  ],
);
