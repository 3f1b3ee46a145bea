import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
  id: uuid().primaryKey().default(sql`gen_random_uuid()`),
  email: text().notNull().unique(),
  passwordHash: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  /** The first account on an empty server; may create invites. */
  admin: boolean().notNull().default(false),
  /** Her password predates the current rules (e.g. shorter than 12 characters): ask her to change it. */
  passwordChangeRequired: boolean().notNull().default(false),
});

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

/** One-time sign-up invitations an admin creates (`SIGNUP=invite`); only the SHA-256 of the token is kept. */
export const invites = pgTable('invites', {
  id: uuid().primaryKey().default(sql`gen_random_uuid()`),
  tokenHash: text().notNull().unique(),
  createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp({ withTimezone: true }).notNull(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  usedAt: timestamp({ withTimezone: true }),
  usedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
});

/** One-time password-reset links (admin CLI or e-mail); only the SHA-256 of the token is kept. */
export const passwordResets = pgTable(
  'password_resets',
  {
    tokenHash: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('password_resets_user_idx').on(t.userId)],
);
