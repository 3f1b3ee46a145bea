import type { Profile, TrackerKind, TreatmentKind } from '@spinekind/core';
import {
  boolean,
  date,
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
import { localMoment, owner, stamps, versioned } from './columns.js';

/** One profile document per user; every field optional, validated by `profileSchema`. */
export const profiles = pgTable('profiles', {
  userId: owner().primaryKey(),
  data: jsonb().$type<Profile>().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull(),
  ...versioned,
});

export const trackers = pgTable(
  'trackers',
  {
    userId: owner(),
    id: uuid().notNull(),
    name: text().notNull(),
    kind: text().$type<TrackerKind>().notNull(),
    unit: text(),
    min: doublePrecision(),
    max: doublePrecision(),
    archivedAt: timestamp({ withTimezone: true }),
    ...stamps,
    ...versioned,
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] })],
);

export const treatments = pgTable(
  'treatments',
  {
    userId: owner(),
    id: uuid().notNull(),
    kind: text().$type<TreatmentKind>().notNull(),
    name: text().notNull(),
    startDate: date({ mode: 'string' }).notNull(),
    endDate: date({ mode: 'string' }),
    notes: text(),
    ...stamps,
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.id] }),
    index('treatments_user_start_idx').on(t.userId, t.startDate),
  ],
);

/** Logged periods (bleeding episodes); check-ins with `bleeding` add to what the cycle estimate sees. */
export const periods = pgTable(
  'periods',
  {
    userId: owner(),
    id: uuid().notNull(),
    startDate: date({ mode: 'string' }).notNull(),
    endDate: date({ mode: 'string' }),
    flow: text(),
    notes: text(),
    ...stamps,
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.id] }),
    index('periods_user_start_idx').on(t.userId, t.startDate),
  ],
);

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

/** Questionnaire answers (item by item) with the score and band computed by `core/instruments`. */
export const instrumentResponses = pgTable(
  'instrument_responses',
  {
    userId: owner(),
    id: uuid().notNull(),
    instrument: text().notNull(),
    answers: smallint().array().notNull(),
    ...localMoment('completedAt'),
    score: jsonb().$type<Record<string, unknown>>().notNull(),
    band: text().notNull(),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.id] }),
    index('instrument_responses_user_instrument_idx').on(t.userId, t.instrument, t.completedAt),
  ],
);
