import { deleteAccountSchema, meSchema, signedInSchema } from '@spinekind/core';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reauthenticate } from '../auth/reauth.js';
import { users } from '../db/schema/index.js';

/** `GET /me`: her account, whether she runs this server, and whether she must choose a new password. */
const meAnswerSchema = meSchema.extend(signedInSchema.shape);

export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/me', { schema: { tags: ['account'], response: { 200: meAnswerSchema } } }, async (request) => {
    const { user, scope } = request.requireUser();
    const [row] = await scope.db
      .select({ admin: users.admin, passwordChangeRequired: users.passwordChangeRequired })
      .from(users)
      .where(eq(users.id, user.id));
    return { user, admin: row?.admin ?? false, passwordChangeRequired: row?.passwordChangeRequired ?? false };
  });

  // Deletes the account and, through ON DELETE CASCADE on every user-owned table, all its data in one statement.
  app.delete(
    '/me',
    { config: { sessionOnly: true }, schema: { tags: ['account'], body: deleteAccountSchema } },
    async (request, reply) => {
      const { user, scope } = request.requireUser();
      await reauthenticate(request, request.body.password, {
        message: 'That password is not right, so nothing was deleted.',
      });
      await scope.db.delete(users).where(eq(users.id, user.id));
      await reply.endSession();
      return reply.code(204).send();
    },
  );
};
