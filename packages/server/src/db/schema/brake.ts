import { integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.js';

/**
 * The password-guessing brake (auth/brake.ts): one row per key (account+IP, IP, account), counted
 * atomically. Keys are SHA-256 hashes, so the table lists no email address or IP in clear, and it has no
 * `user_id`: a guess at an unknown email is stored exactly like one at a real account.
 */
export const authBrake = pgTable('auth_brake', {
  key: text().primaryKey(),
  failures: integer().notNull(),
  lastFailureAt: timestamp({ withTimezone: true }).notNull(),
});

/**
 * Addresses she has signed in from (SHA-256 of the IP), so the per-account brake, which a spread-out
 * attack trips, does not slow her down there. Kept 90 days after the last sign-in from each.
 */
export const knownSignIns = pgTable(
  'known_sign_ins',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    ipHash: text().notNull(),
    lastSignInAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.ipHash] })],
);
