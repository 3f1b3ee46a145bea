import type { Logger } from 'drizzle-orm';

/**
 * Every statement the app sends, for the check that each one on a user's table names her `user_id`
 * (test/hardening/tenancy.int.test.ts). Nobody listens in production: the cost is one call per statement,
 * and parameters (her values) are never passed on.
 */
type Listener = (statement: string) => void;
let listener: Listener | undefined;

/** Starts (or, with undefined, stops) passing every statement's SQL text to `next`. */
export function onStatement(next: Listener | undefined): void {
  listener = next;
}

export const statementLogger: Logger = {
  logQuery(query) {
    listener?.(query);
  },
};
