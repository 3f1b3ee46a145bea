import { randomBytes, randomUUID } from 'node:crypto';
import {
  addDays,
  DomainError,
  SHARE_DEFAULT_RANGE_DAYS,
  SHARE_PASSCODE_ATTEMPTS,
  type Share,
  type shareInputSchema,
} from '@spinekind/core';
import { desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { hashPassword } from '../auth/passwords.js';
import { hashSecret } from '../auth/tokens.js';
import type { Db } from '../db/client.js';
import { type UserScope, userScope } from '../db/scope.js';
import { shareAccesses, shares } from './table.js';

/** The openings kept in her list per link (older ones are still stored, just not listed). */
const ACCESSES_LISTED = 50;
/** A user agent is kept to this length: enough to tell a phone from a practice PC. */
const USER_AGENT_CHARS = 300;

type Row = typeof shares.$inferSelect;

/** A share link that opens: her scope, and what the link covers. */
export interface OpenShare {
  scope: UserScope;
  id: string;
  label: string | null;
  from: string;
  to: string;
  includeNotes: boolean;
  expiresAt: Date;
  passcodeHash: string | null;
  /** Wrong passcodes still allowed before the link closes. */
  remainingAttempts: number;
}

/** Her share links: create (the token is returned once, only its SHA-256 kept), list with openings, revoke. */
export function shareStore(scope: UserScope) {
  return {
    async create(
      input: z.output<typeof shareInputSchema>,
      now: Date,
      today: string,
    ): Promise<{ id: string; token: string; expiresAt: Date; label: string | null }> {
      const to = input.to ?? today;
      const from = input.from ?? addDays(to, -SHARE_DEFAULT_RANGE_DAYS);
      if (from > to) {
        const message = '`from` must be on or before `to` (without `to`, the share ends today).';
        throw new DomainError('validation_failed', message, [{ path: 'from', message }]);
      }
      // 256 random bits: the link is the credential, so it can't be guessed, only leaked.
      const token = randomBytes(32).toString('base64url');
      const id = randomUUID();
      const expiresAt = new Date(now.getTime() + input.days * 24 * 3600_000);
      const label = input.label || null;
      await scope.db.insert(shares).values({
        userId: scope.userId,
        id,
        tokenHash: hashSecret(token),
        passcodeHash: input.passcode ? await hashPassword(input.passcode) : null,
        label,
        fromDate: from,
        toDate: to,
        includeNotes: input.includeNotes,
        createdAt: now,
        expiresAt,
      });
      return { id, token, expiresAt, label };
    },

    async list(): Promise<Share[]> {
      const rows = await scope.db
        .select()
        .from(shares)
        .where(scope.where(shares))
        .orderBy(desc(shares.createdAt));
      const ids = rows.map((r) => r.id);
      const accesses = ids.length
        ? await scope.db
            .select({
              shareId: shareAccesses.shareId,
              at: shareAccesses.at,
              userAgent: shareAccesses.userAgent,
            })
            .from(shareAccesses)
            .where(scope.where(shareAccesses, inArray(shareAccesses.shareId, ids)))
            .orderBy(desc(shareAccesses.at))
        : [];
      return rows.map((r) => ({
        id: r.id,
        label: r.label,
        from: r.fromDate,
        to: r.toDate,
        hasPasscode: r.passcodeHash !== null,
        includeNotes: r.includeNotes,
        createdAt: r.createdAt.toISOString(),
        expiresAt: r.expiresAt.toISOString(),
        revokedAt: r.revokedAt?.toISOString() ?? null,
        locked: r.wrongPasscodes >= SHARE_PASSCODE_ATTEMPTS,
        accesses: accesses
          .filter((a) => a.shareId === r.id)
          .slice(0, ACCESSES_LISTED)
          .map((a) => ({ at: a.at.toISOString(), userAgent: a.userAgent })),
      }));
    },

    /** Revokes at once (a second revoke keeps the first time); false when she has no such link. */
    async revoke(id: string, now: Date): Promise<boolean> {
      const rows = await scope.db
        .update(shares)
        .set({ revokedAt: sql`coalesce(${shares.revokedAt}, ${now})` })
        .where(scope.where(shares, eq(shares.id, id)))
        .returning({ id: shares.id });
      return rows.length > 0;
    },
  };
}

/**
 * The share a link's token names, if it still opens: not expired, not revoked, not closed by wrong passcodes.
 * A lookup by the secret's hash across users, by design (like a session cookie): the hash leads to its owner.
 */
export async function findOpenShare(db: Db, token: string, now: Date): Promise<OpenShare | undefined> {
  const [row] = await db
    .select()
    .from(shares)
    .where(eq(shares.tokenHash, hashSecret(token)));
  if (!row || !opens(row, now)) return undefined;
  return {
    scope: userScope(db, row.userId),
    id: row.id,
    label: row.label,
    from: row.fromDate,
    to: row.toDate,
    includeNotes: row.includeNotes,
    expiresAt: row.expiresAt,
    passcodeHash: row.passcodeHash,
    remainingAttempts: SHARE_PASSCODE_ATTEMPTS - row.wrongPasscodes,
  };
}

const opens = (row: Row, now: Date) =>
  row.revokedAt === null && row.expiresAt > now && row.wrongPasscodes < SHARE_PASSCODE_ATTEMPTS;

/**
 * Counts a passcode attempt as wrong before it is checked, in one statement, so parallel guesses are
 * counted exactly like sequential ones; `undefined` when the link has no attempts left.
 * `rightPasscode` gives the attempt back.
 */
export async function reservePasscodeAttempt(share: OpenShare): Promise<number | undefined> {
  const [row] = await share.scope.db
    .update(shares)
    .set({ wrongPasscodes: sql`${shares.wrongPasscodes} + 1` })
    .where(
      share.scope.where(
        shares,
        eq(shares.id, share.id),
        lt(shares.wrongPasscodes, SHARE_PASSCODE_ATTEMPTS),
        isNull(shares.revokedAt),
      ),
    )
    .returning({ wrong: shares.wrongPasscodes });
  return row ? SHARE_PASSCODE_ATTEMPTS - row.wrong : undefined;
}

export async function rightPasscode(share: OpenShare): Promise<void> {
  await share.scope.db
    .update(shares)
    .set({ wrongPasscodes: sql`greatest(${shares.wrongPasscodes} - 1, 0)` })
    .where(share.scope.where(shares, eq(shares.id, share.id)));
}

/** Logs one opening of the link for her to see. */
export async function logOpening(share: OpenShare, now: Date, userAgent: string | undefined): Promise<void> {
  await share.scope.db.insert(shareAccesses).values({
    userId: share.scope.userId,
    id: randomUUID(),
    shareId: share.id,
    at: now,
    userAgent: userAgent?.slice(0, USER_AGENT_CHARS) || null,
  });
}
