import {
  changePasswordSchema,
  DomainError,
  forgotPasswordSchema,
  passwordChanged,
  passwordReset,
  resetPasswordSchema,
  resetRequested,
} from '@spinekind/core';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { endOtherSignIns } from '../auth/devices.js';
import { hashPassword, requireGoodPassword } from '../auth/passwords.js';
import { reauthenticate } from '../auth/reauth.js';
import type { Db } from '../db/client.js';
import { users } from '../db/schema/users.js';
import type { Mailer } from '../mail/mailer.js';
import { appOrigin } from './link-tokens.js';
import { resetMail } from './reset-mail.js';
import { accountIdByEmail, createResetToken, resetAccount, resetPassword } from './resets.js';

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
    {
      config: { sessionOnly: true },
      schema: { tags: ['account'], body: changePasswordSchema, response: { 204: passwordChanged } },
    },
    async (request, reply) => {
      const { user, scope } = request.requireUser();
      const { currentPassword, newPassword } = request.body;
      // Through the sign-in brake: this is no faster a way to guess her password than signing in.
      await reauthenticate(request, currentPassword, {
        path: 'currentPassword',
        message: 'That is not your current password.',
      });
      await requireGoodPassword(newPassword, user.email, { path: 'newPassword', locale: request.locale });
      const passwordHash = await hashPassword(newPassword);
      await scope.transaction(async (tx) => {
        await tx.db
          .update(users)
          .set({ passwordHash, passwordChangeRequired: false })
          .where(eq(users.id, user.id));
        // This device stays signed in; every other one, and every access token, needs the new password.
        await endOtherSignIns(tx, request.sessionId);
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/reset',
    {
      config: { rateLimit },
      schema: { tags: ['auth'], body: resetPasswordSchema, response: { 204: passwordReset } },
    },
    async (request, reply) => {
      const { token, newPassword } = request.body;
      const account = await resetAccount(db, token, clock());
      if (account)
        await requireGoodPassword(newPassword, account.email, {
          path: 'newPassword',
          locale: request.locale,
        });
      // Checked again, and spent, in one transaction: two uses at once can't both succeed.
      if (!account || !(await resetPassword(db, token, await hashPassword(newPassword), clock())))
        throw new DomainError(
          'reset_invalid',
          'This reset link has been used or has expired. Ask for a new one.',
          [{ path: 'token', message: 'This link can no longer be used.' }],
        );
      return reply.code(204).send(null);
    },
  );

  // The same answer at once whether or not the email has an account: the look-up, the link and the mail
  // all happen after the answer, off the request path.
  app.post(
    '/auth/forgot',
    {
      config: { rateLimit },
      schema: { tags: ['auth'], body: forgotPasswordSchema, response: { 202: resetRequested } },
    },
    async (request, reply) => {
      const { email } = request.body;
      mailer?.later(async () => {
        const userId = await accountIdByEmail(db, email);
        const token = userId ? await createResetToken(db, userId, clock()) : undefined;
        return token ? resetMail(email, `${appOrigin(publicUrl, undefined)}/reset/${token}`) : undefined;
      }, request.log);
      // No body (the schema's null documents that): `send()` without a payload, as before.
      return reply.code(202).send(undefined as unknown as null);
    },
  );
};
