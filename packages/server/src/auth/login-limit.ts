import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { loginFailures } from '../db/schema/index.js';

export interface LoginLimit {
  /** Failed attempts allowed per account within the window before sign-in is refused. */
  maxFailures: number;
  windowMs: number;
}

export const defaultLoginLimit: LoginLimit = { maxFailures: 10, windowMs: 15 * 60_000 };

/** Per-account brake on password guessing, stored in the database so it holds across instances. */
export function loginFailureLog(db: Db, limit: LoginLimit) {
  const key = (email: string) => `acct:${email}`;
  return {
    async isLocked(email: string, now: Date): Promise<boolean> {
      const since = new Date(now.getTime() - limit.windowMs);
      const rows = await db
        .select({ at: loginFailures.at })
        .from(loginFailures)
        .where(and(eq(loginFailures.key, key(email)), gt(loginFailures.at, since)))
        .limit(limit.maxFailures);
      return rows.length >= limit.maxFailures;
    },
    async record(email: string, now: Date): Promise<void> {
      await db.insert(loginFailures).values({ key: key(email), at: now });
      await db.delete(loginFailures).where(lt(loginFailures.at, new Date(now.getTime() - limit.windowMs)));
    },
    async clear(email: string): Promise<void> {
      await db.delete(loginFailures).where(eq(loginFailures.key, key(email)));
    },
  };
}
