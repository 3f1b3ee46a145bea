import { DomainError } from '@spinekind/core';
import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { users } from '../db/schema/users.js';
import { brakeKeys } from './brake.js';
import { verifyPassword } from './passwords.js';

interface ReauthWords {
  /** The body field that held the password, for the error's details (`password`, `currentPassword`). */
  path?: string;
  /** What the refusal says, e.g. "That password is not right, so nothing was deleted." */
  message?: string;
}

/**
 * Asks the signed-in user for her current password again before a sensitive action (deleting the
 * account, creating a token, changing the password). Missing or wrong → 403 `reauth_required`; every
 * try goes through the sign-in brake keyed by her account, so this is no faster a password oracle
 * than signing in (429 `rate_limited` with `Retry-After` once braked).
 */
export async function reauthenticate(
  request: FastifyRequest,
  password: string | undefined,
  words: ReauthWords = {},
): Promise<void> {
  const { user, scope } = request.requireUser();
  const path = words.path ?? 'password';
  const message = words.message ?? 'Please enter your current password to do this.';
  if (!password)
    throw new DomainError('reauth_required', message, [{ path, message: 'Enter your password.' }]);
  const [row] = await scope.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
  const brake = request.server.brake;
  const known = await brake.isKnown(user.id, request.ip);
  const ok = await brake.guard(brakeKeys(user.email, request.ip, known), () =>
    verifyPassword(row?.hash, password),
  );
  if (!ok) throw new DomainError('reauth_required', message, [{ path, message: 'Wrong password.' }]);
}
