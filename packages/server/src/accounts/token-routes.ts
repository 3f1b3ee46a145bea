import { DomainError, newTokenAnswer, tokenInputSchema, tokenRevoked, tokensAnswer } from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reauthenticate } from '../auth/reauth.js';
import { tokenStore } from '../auth/tokens.js';
import { neverCompress } from '../http/compression.js';

const idParams = z.strictObject({ id: z.string() });

/**
 * Personal access tokens for scripts and Apple Shortcuts: create (needs her password; the secret is
 * answered once), list (never the secret), revoke. Only a signed-in session manages tokens; a token
 * never can (`sessionOnly`).
 */
export const tokenRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  const config = { sessionOnly: true };
  const tags = ['tokens'];

  app.post(
    '/tokens',
    {
      ...neverCompress,
      config,
      schema: { tags, body: tokenInputSchema, response: { 201: newTokenAnswer } },
    },
    async (request, reply) => {
      const { scope } = request.requireUser();
      const { password, ...input } = request.body;
      await reauthenticate(request, password, {
        message: 'Please enter your current password to create a token.',
      });
      const token = await tokenStore(scope).create(input, clock());
      return reply.code(201).send({ token });
    },
  );

  app.get('/tokens', { config, schema: { tags, response: { 200: tokensAnswer } } }, async (request) => {
    const { scope } = request.requireUser();
    return { items: await tokenStore(scope).list() };
  });

  app.delete(
    '/tokens/:id',
    { config, schema: { tags, params: idParams, response: { 204: tokenRevoked } } },
    async (request, reply) => {
      const { scope } = request.requireUser();
      const ok =
        z.uuid().safeParse(request.params.id).success && (await tokenStore(scope).revoke(request.params.id));
      if (!ok)
        throw new DomainError('not_found', 'That token does not exist (it may have been revoked already).');
      return reply.code(204).send(null);
    },
  );
};
