import { sql } from 'drizzle-orm';
import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
