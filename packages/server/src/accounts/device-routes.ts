import {
  DomainError,
  deviceSessionListSchema,
  deviceSignedOut,
  otherDevicesSignedOut,
} from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { endDevice, endOtherSignIns, listDevices } from '../auth/devices.js';

const idParams = z.strictObject({ id: z.uuid({ error: 'Not a session id.' }) });
const notFound = () => new DomainError('not_found', 'That device is not signed in to your account.');

/** "Your devices": her sessions, signing one out, and signing out everywhere else. Cookie sessions only. */
export const deviceRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  const sessionOnly = { sessionOnly: true };

  app.get(
    '/me/sessions',
    { config: sessionOnly, schema: { tags: ['account'], response: { 200: deviceSessionListSchema } } },
    async (request) => {
      const { scope } = request.requireUser();
      return { items: await listDevices(scope, request.sessionId, clock()) };
    },
  );

  app.delete(
    '/me/sessions/:id',
    {
      config: sessionOnly,
      schema: { tags: ['account'], params: idParams, response: { 204: deviceSignedOut } },
    },
    async (request, reply) => {
      const { scope } = request.requireUser();
      const { id } = request.params;
      if (!(await endDevice(scope, id))) throw notFound();
      // Signing out this very device: the cookie goes too.
      if (id === request.sessionId) await reply.endSession();
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/me/sessions/revoke-others',
    { config: sessionOnly, schema: { tags: ['account'], response: { 204: otherDevicesSignedOut } } },
    async (request, reply) => {
      const { scope } = request.requireUser();
      await scope.transaction((tx) => endOtherSignIns(tx, request.sessionId));
      return reply.code(204).send(null);
    },
  );
};
