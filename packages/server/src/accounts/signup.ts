import { DomainError, type SignupMode, type User } from '@spinekind/core';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { users } from '../db/schema/users.js';
import { hashLinkToken } from './link-tokens.js';
import { invites } from './table.js';

// Every account creation takes this transaction-scoped lock first, so "is this the first account?" and
// "is this invite still unused?" are answered and acted on by one registration at a time (both engines).
const SIGNUP_LOCK = 7_715_001;

export interface NewAccount {
  email: string;
  passwordHash: string;
  inviteToken?: string | undefined;
}

/** Whether the server has no account yet (the next one will be its admin). */
export async function isEmptyServer(db: Db): Promise<boolean> {
  const [any] = await db.select({ id: users.id }).from(users).limit(1);
  return !any;
}

/**
 * Creates an account as the sign-up mode allows, in one transaction: the first account on an empty server
 * is the admin whatever the mode; otherwise `closed` refuses, `invite` consumes a valid invite with the
 * account (both or neither). Undefined when the email is taken (the invite stays unused then).
 */
export async function createAccount(
  db: Db,
  account: NewAccount,
  mode: SignupMode,
  now: Date,
): Promise<User | undefined> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SIGNUP_LOCK})`);
    const first = await isEmptyServer(tx as unknown as Db);
    const inviteId = first ? undefined : await admission(tx as unknown as Db, account.inviteToken, mode, now);
    const [user] = await tx
      .insert(users)
      .values({ email: account.email, passwordHash: account.passwordHash, admin: first })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, email: users.email });
    if (user && inviteId)
      await tx.update(invites).set({ usedAt: now, usedBy: user.id }).where(eq(invites.id, inviteId));
    return user;
  });
}

/** The invite that lets this registration in (its id), undefined in open mode; throws when refused. */
async function admission(
  tx: Db,
  inviteToken: string | undefined,
  mode: SignupMode,
  now: Date,
): Promise<string | undefined> {
  if (mode === 'open') return undefined;
  if (mode === 'closed') throw new DomainError('signup_closed', 'This server is not taking new accounts.');
  if (!inviteToken)
    throw new DomainError('invite_required', 'You need an invite link to create an account here.', [
      { path: 'inviteToken', message: 'Open the invite link you were sent.' },
    ]);
  const [invite] = await tx
    .select({ id: invites.id })
    .from(invites)
    .where(
      and(
        eq(invites.tokenHash, hashLinkToken(inviteToken)),
        isNull(invites.usedAt),
        gt(invites.expiresAt, now),
      ),
    )
    .for('update');
  if (!invite)
    throw new DomainError(
      'invite_invalid',
      'This invite link has been used or has expired. Ask for a new one.',
      [{ path: 'inviteToken', message: 'This invite can no longer be used.' }],
    );
  return invite.id;
}
