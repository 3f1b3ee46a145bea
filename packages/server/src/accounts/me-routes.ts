import { accountDeleted, deleteAccountSchema, meSchema } from '@spinekind/core';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reauthenticate } from '../auth/reauth.js';
import { users } from '../db/schema/users.js';

export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/me', { schema: { tags: ['account'], response: { 200: meSchema } } }, async (request) => {
    const { user, scope } = request.requireUser();
    const [row] = await scope.db
      .select({ passwordChangeRequired: users.passwordChangeRequired, admin: users.admin })
      .from(users)
      .where(eq(users.id, user.id));
    return {
      user,
      passwordChangeRequired: row?.passwordChangeRequired ?? false,
      admin: row?.admin ?? false,
    };
  });

  // Deletes the account and, through ON DELETE CASCADE on every user-owned table, all its data in one statement.
  app.delete(
    '/me',
    {
      config: { sessionOnly: true },
      schema: { tags: ['account'], body: deleteAccountSchema, response: { 204: accountDeleted } },
    },
    async (request, reply) => {
      const { user, scope } = request.requireUser();
      await reauthenticate(request, request.body.password, {
        message: 'That password is not right, so nothing was deleted.',
      });
      await scope.db.delete(users).where(eq(users.id, user.id));
      await reply.endSession();
      return reply.code(204).send(null);
    },
  );
};
