import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  type AccessToken,
  DomainError,
  type NewAccessToken,
  TOKEN_DEFAULT_DAYS,
  TOKEN_PREFIX,
  type TokenInput,
  type TokenScope,
} from '@spinekind/core';
import { and, asc, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/client.js';
import { users } from '../db/schema/users.js';
import type { UserScope } from '../db/scope.js';
import { languageOfUser } from '../profile/store.js';
import { type SessionUser, sessionUser } from './sign-in-sessions.js';
import { accessTokens } from './table.js';

// Write `last_used_at` at most this often, so a script polling every second doesn't write every time.
const TOUCH_EVERY_MS = 60_000;

/** SHA-256 of a random secret (tokens, share links): what the tables store, never the secret itself. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
const iso = (d: Date | null) => (d ? d.toISOString() : null);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Only a signed-in session may call this route, never a personal access token (token management, account deletion). */
    sessionOnly?: boolean;
  }
}

const READ_METHODS = new Set(['GET', 'HEAD']);

/** The secret of an `Authorization: Bearer …` header; `undefined` without one, `''` when it is malformed. */
export function bearerSecret(header: string | undefined): string | undefined {
  if (!header || !/^Bearer\s/i.test(header)) return undefined;
  return /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] ?? '';
}

/** What a token may do: `read` only GET/HEAD; no token manages tokens or deletes the account. */
export function checkTokenAccess(request: FastifyRequest, scope: TokenScope): void {
  if (request.routeOptions.config?.sessionOnly)
    throw new DomainError('forbidden', 'An access token cannot do this. Sign in to the app instead.');
  if (scope === 'read' && !READ_METHODS.has(request.method))
    throw new DomainError(
      'forbidden',
      'This access token can only read. Create a read and write token to change data.',
    );
}

export interface TokenUser {
  user: SessionUser;
  tokenId: string;
  scope: TokenScope;
}

/** Looks up the user behind a bearer secret (a cross-user lookup by design, like sessions). */
export async function resolveToken(db: Db, secret: string, now: Date): Promise<TokenUser | undefined> {
  if (!secret.startsWith(TOKEN_PREFIX)) return undefined;
  const secretHash = hashSecret(secret);
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      language: languageOfUser(users.id),
      tokenId: accessTokens.id,
      scope: accessTokens.scope,
      lastUsedAt: accessTokens.lastUsedAt,
    })
    .from(accessTokens)
    .innerJoin(users, eq(users.id, accessTokens.userId))
    // An expired token is as unknown as a revoked one (401).
    .where(and(eq(accessTokens.secretHash, secretHash), gt(accessTokens.expiresAt, now)));
  if (!row) return undefined;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    const stale = new Date(now.getTime() - TOUCH_EVERY_MS);
    await db
      .update(accessTokens)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(accessTokens.secretHash, secretHash),
          or(isNull(accessTokens.lastUsedAt), lt(accessTokens.lastUsedAt, stale)),
        ),
      );
  }
  return { user: sessionUser(row), tokenId: row.tokenId, scope: row.scope as TokenScope };
}

/** A user's tokens: create (the secret is returned once, only its SHA-256 kept), list, revoke. */
export function tokenStore(scope: UserScope) {
  return {
    async create(input: TokenInput, now: Date): Promise<NewAccessToken> {
      const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
      const id = randomUUID();
      const days = input.expiresInDays ?? TOKEN_DEFAULT_DAYS;
      const expiresAt = new Date(now.getTime() + days * 24 * 3600_000);
      await scope.db.insert(accessTokens).values({
        userId: scope.userId,
        id,
        name: input.name,
        scope: input.scope,
        secretHash: hashSecret(secret),
        createdAt: now,
        expiresAt,
      });
      return {
        id,
        name: input.name,
        scope: input.scope,
        createdAt: now.toISOString(),
        expiresAt: expiresAt.toISOString(),
        secret,
      };
    },
    async list(): Promise<AccessToken[]> {
      const rows = await scope.db
        .select()
        .from(accessTokens)
        .where(scope.where(accessTokens))
        .orderBy(asc(accessTokens.createdAt));
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        scope: r.scope as TokenScope,
        createdAt: r.createdAt.toISOString(),
        lastUsedAt: iso(r.lastUsedAt),
        expiresAt: r.expiresAt.toISOString(),
      }));
    },
    async revoke(id: string): Promise<boolean> {
      const rows = await scope.db
        .delete(accessTokens)
        .where(scope.where(accessTokens, eq(accessTokens.id, id)))
        .returning({ id: accessTokens.id });
      return rows.length > 0;
    },
  };
}
