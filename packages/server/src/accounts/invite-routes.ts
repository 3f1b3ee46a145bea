import { inviteInputSchema, inviteListSchema, inviteRevoked, newInviteSchema } from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { neverCompress } from '../http/compression.js';
import { inviteStore, requireAdmin } from './invites.js';
import { appOrigin } from './link-tokens.js';

interface InviteRouteOptions {
  db: Db;
  clock: () => Date;
  publicUrl: string | undefined;
}

const idParams = z.strictObject({ id: z.uuid({ error: 'Not an invite id.' }) });

/** Admin → Invites: one-time sign-up links for `SIGNUP=invite`. Only the admin; writes need her session. */
export const inviteRoutes: FastifyPluginAsyncZod<InviteRouteOptions> = async (
  app,
  { db, clock, publicUrl },
) => {
  const store = inviteStore(db);
  // Before the body or id is looked at: anyone but the admin gets 403, whatever they send.
  app.addHook('onRequest', async (request) => {
    await requireAdmin(db, request);
  });

  app.post(
    '/admin/invites',
    {
      // The answer carries a secret link: never compressed (see ARCHITECTURE, BREACH exemptions).
      ...neverCompress,
      config: { sessionOnly: true },
      schema: { tags: ['admin'], body: inviteInputSchema, response: { 201: newInviteSchema } },
    },
    async (request, reply) => {
      const { user } = request.requireUser();
      const invite = await store.create(user.id, request.body.expiresInDays, clock());
      const url = `${appOrigin(publicUrl, request)}/join/${invite.token}`;
      return reply.code(201).send({ ...invite, url });
    },
  );

  app.get(
    '/admin/invites',
    { schema: { tags: ['admin'], response: { 200: inviteListSchema } } },
    async () => ({ items: await store.list() }),
  );

  app.delete(
    '/admin/invites/:id',
    {
      config: { sessionOnly: true },
      schema: { tags: ['admin'], params: idParams, response: { 204: inviteRevoked } },
    },
    async (request, reply) => {
      await store.revoke(request.params.id);
      return reply.code(204).send(null);
    },
  );
};
