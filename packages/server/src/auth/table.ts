import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { owner } from '../db/schema/columns.js';
import { users } from '../db/schema/users.js';

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

/** Personal access tokens for scripts and shortcuts (only the SHA-256 of the secret is stored). */
export const accessTokens = pgTable(
  'access_tokens',
  {
    userId: owner(),
    id: uuid().notNull(),
    name: text().notNull(),
    scope: text().notNull(),
    secretHash: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    lastUsedAt: timestamp({ withTimezone: true }),
    /** Every token ends: she picks 1–365 days (default 90); an expired token is refused. */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] })],
);

/**
 * Sign-in sessions (her devices; not exercise sessions, which are `exerciseSessions`): only the SHA-256 of
 * the random token is stored. The table keeps its first name, `sessions`.
 */
export const signInSessions = pgTable(
  'sessions',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text().primaryKey(),
    /** A public handle for "your devices" (never the token or its hash). */
    id: uuid().notNull().unique().default(sql`gen_random_uuid()`),
    /** The browser's User-Agent at sign-in, cut to 256 characters, to name the device in her list. */
    userAgent: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);
