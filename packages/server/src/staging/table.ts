import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { owner } from '../db/schema/columns.js';

/**
 * One bulk write in progress per user (a backup restore or a large import). The unique `user_id` is the
 * lock: a second one for her fails to insert (409), on every instance. A run left by a killed process
 * is taken over once it is older than the longest a run may take (staging/runs.ts).
 */
export const stagingRuns = pgTable('staging_runs', {
  userId: owner().unique(),
  id: uuid().primaryKey(),
  /** What the run writes, e.g. `restore` or `csv`: named in the 409. */
  kind: text().notNull(),
  startedAt: timestamp({ withTimezone: true }).notNull(),
});

/**
 * Rows waiting for the swap, a few hundred to a staging row: `rows` is a JSON array of records keyed by
 * the target table's column names (`jsonb_populate_recordset` reads them back in SQL). Deleted with the run.
 */
export const stagedRows = pgTable(
  'staged_rows',
  {
    userId: owner(),
    runId: uuid()
      .notNull()
      .references(() => stagingRuns.id, { onDelete: 'cascade' }),
    target: text().notNull(),
    batch: integer().notNull(),
    rows: jsonb().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.runId, t.target, t.batch] })],
);
