import type { Profile } from '@spinekind/core';
import { jsonb, pgTable, timestamp } from 'drizzle-orm/pg-core';
import { owner, versioned } from '../db/schema/columns.js';

/** One profile document per user; every field optional, validated by `profileSchema`. */
export const profiles = pgTable('profiles', {
  userId: owner().primaryKey(),
  data: jsonb().$type<Profile>().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull(),
  ...versioned,
});
