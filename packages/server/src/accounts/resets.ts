import { and, eq, gt, isNull } from 'drizzle-orm';
import { endOtherSignIns } from '../auth/devices.js';
import type { Db } from '../db/client.js';
import { users } from '../db/schema/users.js';
import { userScope } from '../db/scope.js';
import { hashLinkToken, newLinkToken } from './link-tokens.js';
import { passwordResets } from './table.js';

/** A reset link works this long after it is made. */
export const RESET_LINK_MS = 3600_000;
/** At most this many unused, unexpired links per account: "Forgot password" can't flood her inbox. */
const OPEN_LINKS_MAX = 3;

/** The id of the account with this email, if any. */
export async function accountIdByEmail(db: Db, email: string): Promise<string | undefined> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row?.id;
}

/**
 * A new one-time reset token for her (only its hash is stored), valid for an hour; undefined when she
 * already has as many open links as allowed (the admin's command is not limited).
 */
export async function createResetToken(
  db: Db,
  userId: string,
  now: Date,
  { limitOpenLinks = true } = {},
): Promise<string | undefined> {
  // Counted and written under a lock on her account row: five "Forgot password" requests at once
  // (each answered 202 before its work) must not all see fewer than three open links.
  return db.transaction(async (tx) => {
    if (limitOpenLinks) {
      await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
      const open = await tx
        .select({ at: passwordResets.createdAt })
        .from(passwordResets)
        .where(
          and(
            eq(passwordResets.userId, userId),
            isNull(passwordResets.usedAt),
            gt(passwordResets.expiresAt, now),
          ),
        )
        .limit(OPEN_LINKS_MAX);
      if (open.length >= OPEN_LINKS_MAX) return undefined;
    }
    const { token, hash } = newLinkToken();
    await tx.insert(passwordResets).values({
      tokenHash: hash,
      userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + RESET_LINK_MS),
    });
    return token;
  });
}

const openLink = (token: string, now: Date) =>
  and(
    eq(passwordResets.tokenHash, hashLinkToken(token)),
    isNull(passwordResets.usedAt),
    gt(passwordResets.expiresAt, now),
  );

/** Whose account an open (unused, unexpired) reset token is for; undefined otherwise. */
export async function resetAccount(db: Db, token: string, now: Date): Promise<{ email: string } | undefined> {
  const [row] = await db
    .select({ email: users.email })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(openLink(token, now));
  return row;
}

/**
 * Uses a reset token: in one transaction her password becomes `passwordHash`, every open link of hers is
 * spent, and all her sessions and access tokens end. False when the token is unknown, used or expired.
 */
export async function resetPassword(
  db: Db,
  token: string,
  passwordHash: string,
  now: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [reset] = await tx
      .select({ userId: passwordResets.userId })
      .from(passwordResets)
      .where(openLink(token, now))
      .for('update');
    if (!reset) return false;
    const scope = userScope(tx as unknown as Db, reset.userId);
    await tx
      .update(users)
      .set({ passwordHash, passwordChangeRequired: false })
      .where(eq(users.id, reset.userId));
    await tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(scope.where(passwordResets, isNull(passwordResets.usedAt)));
    await endOtherSignIns(scope, undefined);
    return true;
  });
}
