import {
  changePasswordSchema,
  DomainError,
  forgotPasswordSchema,
  resetPasswordSchema,
} from '@spinekind/core';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import type { Db } from '../db/client.js';
import { users } from '../db/schema/index.js';
import type { Mailer } from '../mail/mailer.js';
import { endOtherSignIns } from './devices.js';
import { appOrigin } from './link-tokens.js';
import { resetMail } from './reset-mail.js';
import { accountIdByEmail, createResetToken, resetPassword } from './resets.js';

interface PasswordRouteOptions {
  db: Db;
  clock: () => Date;
  publicUrl: string | undefined;
  /** Requests per minute per IP on reset and forgot, as on login. */
  perIpPerMinute: number;
  /** Sends "Forgot password" links; without it (no `SMTP_URL`) forgot answers the same and sends nothing. */
  mailer: Mailer | undefined;
}

/** Changing her password (signed in), and getting back in without it (reset link, forgot password). */
export const passwordRoutes: FastifyPluginAsyncZod<PasswordRouteOptions> = async (
  app,
  { db, clock, publicUrl, perIpPerMinute, mailer },
) => {
  const rateLimit = { max: perIpPerMinute, timeWindow: 60_000 };

  app.post(
    '/me/password',
    { config: { sessionOnly: true }, schema: { tags: ['account'], body: changePasswordSchema } },
    async (request, reply) => {
      const { user, scope } = request.requireUser();
      const { currentPassword, newPassword } = request.body;
      const [row] = await scope.db
        .select({ hash: users.passwordHash })
        .from(users)
        .where(eq(users.id, user.id));
      if (!(await verifyPassword(row?.hash, currentPassword)))
        throw new DomainError('reauth_required', 'That is not your current password.', [
          { path: 'currentPassword', message: 'Wrong password.' },
        ]);
      const passwordHash = await hashPassword(newPassword);
      await scope.transaction(async (tx) => {
        await tx.db
          .update(users)
          .set({ passwordHash, passwordChangeRequired: false })
          .where(eq(users.id, user.id));
        // This device stays signed in; every other one, and every access token, needs the new password.
        await endOtherSignIns(tx, request.sessionId);
      });
      return reply.code(204).send();
    },
  );

  app.post(
    '/auth/reset',
    { config: { rateLimit }, schema: { tags: ['auth'], body: resetPasswordSchema } },
    async (request, reply) => {
      const { token, newPassword } = request.body;
      const passwordHash = await hashPassword(newPassword);
      if (!(await resetPassword(db, token, passwordHash, clock())))
        throw new DomainError(
          'reset_invalid',
          'This reset link has been used or has expired. Ask for a new one.',
          [{ path: 'token', message: 'This link can no longer be used.' }],
        );
      return reply.code(204).send();
    },
  );

  // The same answer at once whether or not the email has an account: the look-up, the link and the mail
  // all happen after the answer, off the request path.
  app.post(
    '/auth/forgot',
    { config: { rateLimit }, schema: { tags: ['auth'], body: forgotPasswordSchema } },
    async (request, reply) => {
      const { email } = request.body;
      mailer?.later(async () => {
        const userId = await accountIdByEmail(db, email);
        const token = userId ? await createResetToken(db, userId, clock()) : undefined;
        return token ? resetMail(email, `${appOrigin(publicUrl, undefined)}/reset/${token}`) : undefined;
      }, request.log);
      return reply.code(202).send();
    },
  );
};
