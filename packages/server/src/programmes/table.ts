import { date, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { owner } from '../db/schema/columns.js';

/** The built-in programmes she follows (today only `bone-health`): from which day, in which zone. */
export const programmeEnrolments = pgTable(
  'programme_enrolments',
  {
    userId: owner(),
    programmeId: text().notNull(),
    startDate: date({ mode: 'string' }).notNull(),
    timeZone: text().notNull(),
    startedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.programmeId] })],
);
