import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
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
}

export function userScope(db: Db, userId: string): UserScope {
  return {
    userId,
    db,
    where: (table, ...conditions) => and(eq(table.userId, userId), ...conditions) as SQL,
    transaction: (work) => db.transaction((tx) => work(userScope(tx as unknown as Db, userId))),
  };
}
