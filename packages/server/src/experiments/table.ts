import type { ExperimentPeriod } from '@spinekind/core';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { owner, stamps } from '../db/schema/columns.js';

/**
 * Her experiments (issue #20): the words and design she chose, the seed and the schedule drawn from it
 * (stored, so a change of the drawing code never moves her periods). Status is computed on read.
 */
export const experiments = pgTable(
  'experiments',
  {
    userId: owner(),
    id: uuid().notNull(),
    templateId: text(),
    title: text().notNull(),
    question: text().notNull(),
    intervention: text().notNull(),
    control: text().notNull(),
    startDate: date({ mode: 'string' }).notNull(),
    endDate: date({ mode: 'string' }).notNull(),
    periodDays: smallint().notNull(),
    pairs: smallint().notNull(),
    washoutDays: smallint().notNull(),
    outcome: text().notNull(),
    seed: integer().notNull(),
    schedule: jsonb().$type<ExperimentPeriod[]>().notNull(),
    stoppedAt: timestamp({ withTimezone: true }),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.id] }),
    index('experiments_user_start_idx').on(t.userId, t.startDate),
  ],
);

/** Her daily answer to "did you follow today's plan?", one row per experiment and date. */
export const experimentAdherence = pgTable(
  'experiment_adherence',
  {
    userId: owner(),
    experimentId: uuid().notNull(),
    date: date({ mode: 'string' }).notNull(),
    followed: boolean().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.experimentId, t.date] })],
);
