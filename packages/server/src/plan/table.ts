import { jsonb, pgTable, timestamp } from 'drizzle-orm/pg-core';
import { owner, versioned } from '../db/schema/columns.js';

/** One weekly plan per user (which routine on which days and times, walking plan start). */
export const exercisePlans = pgTable('exercise_plans', {
  userId: owner().primaryKey(),
  plan: jsonb().$type<Record<string, unknown>>().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull(),
  ...versioned,
});
