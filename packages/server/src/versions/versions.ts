import { DomainError } from '@spinekind/core';
import { sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { UserOwned, UserScope } from '../db/scope.js';

/**
 * Versioned writes. Every editable record carries `version` (1 when created, +1 on every change). A client
 * names the version its edit was based on with `If-Match: "<version>"` on `PATCH` and `DELETE`; when the
 * record has changed since, the answer is 409 `conflict` with the record as it is now (`error.current`),
 * and nothing is written. Without `If-Match` (clients from before versions) the write applies as before,
 * last writer wins: kept for one release.
 */
export const ifMatchHeaders = z.object({
  'if-match': z
    .string()
    .regex(/^\s*(\*|(W\/)?"?\d{1,9}"?)\s*$/, 'If-Match must be a record version in quotes, e.g. "3".')
    .optional()
    .describe('The version the change is based on, e.g. "3". A newer record answers 409 conflict.'),
});

/** The version named by `If-Match`, or undefined when none (or `*`) was sent. */
export function baseVersionOf(headers: { 'if-match'?: string | undefined }): number | undefined {
  const digits = headers['if-match']?.match(/\d+/)?.[0];
  return digits === undefined ? undefined : Number(digits);
}

/** A write based on an older version: answered 409 with the record as it is now. */
export class VersionConflict extends DomainError {
  constructor(readonly current: object) {
    super(
      'conflict',
      'This was changed on another device since this change was made. Nothing was saved; the record as it is now is included.',
    );
  }
}

/** The 409 answer: the standard error shape, plus the current record. */
export const conflictAnswer = z
  .strictObject({
    error: z.strictObject({
      code: z.literal('conflict'),
      message: z.string(),
      current: z.record(z.string(), z.unknown()).describe('The record as the server holds it now.'),
    }),
  })
  .describe('Changed since the version in If-Match: nothing was written.');

/** Throws the conflict when the client's base version is not the record's. */
export function checkBaseVersion(current: object, base: number | undefined): void {
  const version = (current as { version?: unknown }).version;
  if (base !== undefined && typeof version === 'number' && version !== base)
    throw new VersionConflict(current);
}

/** Her one row of a per-user document (profile, plan, break settings), versioned like the records above. */
type Singleton = PgTable & UserOwned & { version: PgColumn };

/**
 * The version of her one document in `table`: 0 until she saves one (so `If-Match: "0"` means "based on
 * nothing saved yet"). With `base` (a PUT's `If-Match`), it is read locked until the transaction ends and a
 * different one is refused: 409 with `current()`, the document as `GET` answers it now.
 */
export async function singletonVersion(
  scope: UserScope,
  table: Singleton,
  check?: { base: number | undefined; current: () => Promise<object> },
): Promise<number> {
  const query = scope.db.select({ version: table.version }).from(table).where(scope.where(table));
  const [row] = check ? await query.for('update') : await query;
  const version = (row?.version as number | undefined) ?? 0;
  if (check?.base !== undefined && check.base !== version) throw new VersionConflict(await check.current());
  return version;
}

/** The `set` of a save that counts one change (an insert starts at 1, the column's default). */
export const countChange = (table: Singleton) => ({ version: sql`${table.version} + 1` });
