import { timestamp, uuid } from 'drizzle-orm/pg-core';
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
