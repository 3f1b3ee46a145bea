import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.js';

/** The owning user of a row: every user table starts with it, and deleting the user deletes the row. */
export const owner = () =>
  uuid()
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

/** When a record was created and last changed (set by the server). */
export const stamps = {
  createdAt: timestamp({ withTimezone: true }).notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull(),
};

/**
 * A record she can edit from several devices: 1 when created, +1 on every update. A write based on an older
 * version is refused with 409 `conflict` (see crud/routes.ts), so no edit is lost without her knowing.
 */
export const versioned = { version: integer().notNull().default(1) };
