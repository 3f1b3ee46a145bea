import { DomainError, INVITE_DAYS_DEFAULT, type Invite } from '@spinekind/core';
import { desc, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/client.js';
import { users } from '../db/schema/users.js';
import { newLinkToken } from './link-tokens.js';
import { invites } from './table.js';

const DAY_MS = 86_400_000;

/** Whether this account runs the server (the first account made on it). */
export async function isAdmin(db: Db, userId: string): Promise<boolean> {
  const [row] = await db.select({ admin: users.admin }).from(users).where(eq(users.id, userId));
  return row?.admin === true;
}

/** The signed-in admin's id; 403 `forbidden` for anyone else. */
export async function requireAdmin(db: Db, request: FastifyRequest): Promise<string> {
  const { user } = request.requireUser();
  if (!(await isAdmin(db, user.id)))
    throw new DomainError('forbidden', 'Only the person who runs this server can do this.');
  return user.id;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Invites are the server's, not one user's: the admin makes, lists and revokes them. */
export function inviteStore(db: Db) {
  return {
    /** A new one-time invite; the token is returned once, only its hash kept. */
    async create(createdBy: string, expiresInDays: number | undefined, now: Date) {
      const { token, hash } = newLinkToken();
      const expiresAt = new Date(now.getTime() + (expiresInDays ?? INVITE_DAYS_DEFAULT) * DAY_MS);
      const [row] = await db
        .insert(invites)
        .values({ tokenHash: hash, createdBy, createdAt: now, expiresAt })
        .returning({ id: invites.id });
      if (!row) throw new Error('invite insert returned no row');
      return { id: row.id, token, expiresAt: expiresAt.toISOString() };
    },

    async list(): Promise<Invite[]> {
      const rows = await db.select().from(invites).orderBy(desc(invites.createdAt), desc(invites.id));
      return rows.map((r) => ({
        id: r.id,
        createdAt: r.createdAt.toISOString(),
        expiresAt: r.expiresAt.toISOString(),
        usedAt: iso(r.usedAt),
      }));
    },

    /** Revokes an unused invite: 404 when there is none with this id, 409 when it was used already. */
    async revoke(id: string): Promise<void> {
      const [row] = await db.select({ usedAt: invites.usedAt }).from(invites).where(eq(invites.id, id));
      if (!row) throw new DomainError('not_found', 'There is no invite with this id.');
      if (row.usedAt)
        throw new DomainError('conflict', 'This invite was used already; the account it made stays.');
      await db.delete(invites).where(eq(invites.id, id));
    },
  };
}
