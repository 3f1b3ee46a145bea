import { index, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { localMoment, owner, stamps, versioned } from '../db/schema/columns.js';

/** A played routine: what was done, pain before and after, effort and how it felt. */
export const exerciseSessions = pgTable(
  'exercise_sessions',
  {
    userId: owner(),
    id: uuid().notNull(),
    routineId: text().notNull(),
    ...localMoment('startedAt'),
    endedAt: timestamp({ withTimezone: true }).notNull(),
    exercises: jsonb().$type<Record<string, unknown>[]>(),
    painBefore: smallint(),
    painAfter: smallint(),
    effort: smallint(),
    rating: text(),
    notes: text(),
    ...stamps,
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.id] }),
    index('exercise_sessions_user_started_idx').on(t.userId, t.startedAt),
  ],
);

/** Exercises a user added herself (e.g. what a physiotherapist prescribed). */
export const customExercises = pgTable(
  'custom_exercises',
  {
    userId: owner(),
    id: uuid().notNull(),
    name: text().notNull(),
    steps: text().array().notNull(),
    dose: jsonb().$type<Record<string, unknown>>().notNull(),
    link: text(),
    notes: text(),
    archivedAt: timestamp({ withTimezone: true }),
    ...stamps,
    ...versioned,
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] })],
);

/** Routines a user built from catalogue and custom exercises. */
export const customRoutines = pgTable(
  'custom_routines',
  {
    userId: owner(),
    id: uuid().notNull(),
    name: text().notNull(),
    items: jsonb().$type<Record<string, unknown>[]>().notNull(),
    archivedAt: timestamp({ withTimezone: true }),
    ...stamps,
    ...versioned,
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] })],
);
