import { formatWithOffset, localDateOf, offsetMinutesOf } from '@spinekind/core';
import { type AnyColumn, between, gte, type SQL } from 'drizzle-orm';
import { date, integer, smallint, timestamp, uuid } from 'drizzle-orm/pg-core';
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

const instantColumn = () => timestamp({ withTimezone: true }).notNull();
const offsetColumn = () => smallint().notNull();
const dateColumn = () => date({ mode: 'string' }).notNull();

/**
 * A moment she recorded, kept three ways: the instant (`recordedAt`, `startedAt` …), the UTC offset it was
 * written with (so it reads back as she wrote it), and her local calendar date then (what days group by).
 */
export const localMoment = <K extends string>(instant: K) =>
  ({
    [instant]: instantColumn(),
    utcOffsetMinutes: offsetColumn(),
    localDate: dateColumn(),
  }) as { [P in K]: ReturnType<typeof instantColumn> } & {
    utcOffsetMinutes: ReturnType<typeof offsetColumn>;
    localDate: ReturnType<typeof dateColumn>;
  };

/** The values of a `localMoment` from an ISO instant with its offset, e.g. `2026-03-14T08:30:00+01:00`. */
export const localMomentValues = <K extends string>(instant: K, value: string) =>
  ({
    [instant]: new Date(value),
    utcOffsetMinutes: offsetMinutesOf(value),
    localDate: localDateOf(value),
  }) as { [P in K]: Date } & { utcOffsetMinutes: number; localDate: string };

/** A stored instant read back in the offset it was recorded with. */
export const asRecorded = (at: Date, utcOffsetMinutes: number): string =>
  formatWithOffset(at.getTime(), utcOffsetMinutes);

/** A local-date column from `from` on, or within [from, to] when `to` is given (both inclusive). */
export const onLocalDates = (column: AnyColumn, from: string, to?: string): SQL =>
  to === undefined ? gte(column, from) : between(column, from, to);
