import { DomainError, deleteAccountSchema, meSchema } from '@spinekind/core';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isAdmin } from '../accounts/invites.js';
import { verifyPassword } from '../auth/passwords.js';
import { users } from '../db/schema/index.js';

export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/me', { schema: { tags: ['account'], response: { 200: meSchema } } }, async (request) => {
    const { user, scope } = request.requireUser();
    return { user, admin: await isAdmin(scope.db, user.id) };
  });

  // Deletes the account and, through ON DELETE CASCADE on every user-owned table, all its data in one statement.
  app.delete(
    '/me',
    { config: { sessionOnly: true }, schema: { tags: ['account'], body: deleteAccountSchema } },
    async (request, reply) => {
      const { user, scope } = request.requireUser();
      const [row] = await scope.db
        .select({ hash: users.passwordHash })
        .from(users)
        .where(eq(users.id, user.id));
      if (!(await verifyPassword(row?.hash, request.body.password))) {
        throw new DomainError('forbidden', 'That password is not right, so nothing was deleted.', [
          { path: 'password', message: 'Wrong password.' },
        ]);
      }
      await scope.db.delete(users).where(eq(users.id, user.id));
      await reply.endSession();
      return reply.code(204).send();
    },
  );
};
