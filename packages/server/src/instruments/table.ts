import { index, jsonb, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { localMoment, owner, stamps } from '../db/schema/columns.js';

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
