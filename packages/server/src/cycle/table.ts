import { date, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { owner, stamps, versioned } from '../db/schema/columns.js';

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
    /** The app an imported period came from (`dailyMetricSources`); null when she logged it in Spinekind. */
    source: text(),
    ...stamps,
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.id] }),
    index('periods_user_start_idx').on(t.userId, t.startDate),
  ],
);
