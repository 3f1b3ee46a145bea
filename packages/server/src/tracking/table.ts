import type { TrackerKind, TreatmentKind } from '@spinekind/core';
import {
  date,
  doublePrecision,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { owner, stamps, versioned } from '../db/schema/columns.js';

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
