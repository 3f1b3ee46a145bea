import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { owner } from '../db/schema/columns.js';

/**
 * Her share links for a clinician: only the SHA-256 of the link's random token is stored, and the passcode
 * (when she set one) as an argon2id hash, like her password. Not in the JSON backup: a link is a grant to
 * someone else, not her data (ARCHITECTURE.md, "Share links").
 */
export const shares = pgTable(
  'shares',
  {
    userId: owner(),
    id: uuid().notNull(),
    tokenHash: text().notNull().unique(),
    passcodeHash: text(),
    label: text(),
    fromDate: date({ mode: 'string' }).notNull(),
    toDate: date({ mode: 'string' }).notNull(),
    includeNotes: boolean().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    /** Wrong passcodes so far (counted before checking, given back when right); at 5 the link is dead. */
    wrongPasscodes: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] }), index().on(t.userId, t.createdAt)],
);

/** Each opening of a share link, for her to see: when, and the browser's user agent. */
export const shareAccesses = pgTable(
  'share_accesses',
  {
    userId: owner(),
    id: uuid().notNull(),
    shareId: uuid().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
    userAgent: text(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.id] }),
    index().on(t.userId, t.shareId, t.at),
    foreignKey({ columns: [t.userId, t.shareId], foreignColumns: [shares.userId, shares.id] }).onDelete(
      'cascade',
    ),
  ],
);
