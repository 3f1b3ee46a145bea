import { date, index, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { owner, stamps } from '../db/schema/columns.js';

/**
 * Her answers to a bleeding-check card ("I have booked", "Remind me tomorrow"), one row per answer,
 * keyed by the run they answer (`run_start`, the judged run's first day). The offset of `answered_at`
 * is kept: "remind me tomorrow" is read by her local date.
 */
export const bleedingAnswers = pgTable(
  'bleeding_answers',
  {
    userId: owner(),
    id: uuid().notNull(),
    runStart: date({ mode: 'string' }).notNull(),
    answer: text().notNull(),
    answeredAt: timestamp({ withTimezone: true }).notNull(),
    utcOffsetMinutes: smallint().notNull(),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.id] }),
    index('bleeding_answers_user_answered_idx').on(t.userId, t.answeredAt),
  ],
);
