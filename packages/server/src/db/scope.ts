import { and, eq, min, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.js';

/** A user-owned table: every one carries `user_id`. */
export interface UserOwned {
  userId: PgColumn;
}

/**
 * The one way to reach user data. Every repository receives a scope and builds its
 * conditions with `scope.where(table, …)`, so no query can forget the owner.
 */
export interface UserScope {
  readonly userId: string;
  readonly db: Db;
  /** `user_id = <this user>` AND the given conditions. */
  where(table: UserOwned, ...conditions: (SQL | undefined)[]): SQL;
  /** Runs `work` in one transaction, with a scope bound to it. */
  transaction<T>(work: (scope: UserScope) => Promise<T>): Promise<T>;
  /** Runs a statement prepared for any owner (`ownedBy`, `OWNER`; db/prepared.ts) with this user as the owner. */
  run<T>(statement: Prepared<T>, values?: Record<string, unknown>): Promise<T>;
}

/** A statement prepared once (db/prepared.ts) and run with its placeholders' values. */
export interface Prepared<T> {
  execute(values: Record<string, unknown>): Promise<T>;
}

/**
 * The name of the owner's placeholder in a statement prepared once for every user. Only `scope.run` fills
 * it, with the scope's user, so such a statement can no more forget the owner than `scope.where` can.
 */
export const OWNER = 'owner';

/** `user_id = <the owner>` AND the given conditions: `scope.where` for a statement prepared for any owner. */
export const ownedBy = (table: UserOwned, ...conditions: (SQL | undefined)[]): SQL =>
  and(eq(table.userId, sql.placeholder(OWNER)), ...conditions) as SQL;

export function userScope(db: Db, userId: string): UserScope {
  return {
    userId,
    db,
    where: (table, ...conditions) => and(eq(table.userId, userId), ...conditions) as SQL,
    transaction: (work) => db.transaction((tx) => work(userScope(tx as unknown as Db, userId))),
    run: (statement, values) => statement.execute({ ...values, [OWNER]: userId }),
  };
}

/** The earliest date in a date column of her rows (one indexed MIN), or null when she has none. */
export async function firstDay(
  scope: UserScope,
  table: PgTable & UserOwned,
  day: PgColumn,
  ...conditions: (SQL | undefined)[]
): Promise<string | null> {
  const [row] = await scope.db
    .select({ first: min(day) })
    .from(table)
    .where(scope.where(table, ...conditions));
  return (row?.first as string | null | undefined) ?? null;
}
