import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { crudRoutes } from '../crud/routes.js';
import { checkinResource } from './store.js';

/** Check-ins: create (idempotent by client id) · list by local date · get · patch (versioned) · delete. */
export const checkinRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  crudRoutes(app, '/checkins', checkinResource, clock);
};
