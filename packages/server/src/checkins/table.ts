import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { localMoment, versioned } from '../db/schema/columns.js';
import { users } from '../db/schema/users.js';

/** One row per check-in; column names mirror the API fields of `@spinekind/core` (snake_case in SQL). */
export const checkins = pgTable(
  'checkins',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    id: uuid().notNull(),
    ...localMoment('recordedAt'),
    pain: smallint().notNull(),
    painWorst: smallint(),
    bodyAreas: text().array(),
    painByArea: jsonb().$type<{ area: string; score: number }[]>(),
    painQualities: text().array(),
    stiffnessMinutes: smallint(),
    sleepHours: doublePrecision(),
    sleepQuality: smallint(),
    nightPain: boolean(),
    nightWakings: smallint(),
    mood: smallint(),
    stress: smallint(),
    hotFlushes: smallint(),
    nightSweats: boolean(),
    bleeding: text(),
    activityMinutes: smallint(),
    sittingHours: doublePrecision(),
    waterGlasses: smallint(),
    foods: text().array(),
    weightKg: doublePrecision(),
    waistCm: doublePrecision(),
    notes: text(),
    custom: jsonb().$type<Record<string, number | boolean>>(),
    /** The app an imported check-in came from (`dailyMetricSources`); null when she made it in Spinekind. */
    source: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.id] }),
    index('checkins_user_date_idx').on(t.userId, t.localDate, t.recordedAt),
  ],
);
