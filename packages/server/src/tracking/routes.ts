import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { crudRoutes } from '../crud/routes.js';
import { trackerResource, treatmentResource } from './store.js';

/** Her own trackers (archived, never deleted) and treatments: create · list · get · patch · delete. */
export const trackingRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  crudRoutes(app, '/trackers', trackerResource, clock);
  crudRoutes(app, '/treatments', treatmentResource, clock);
};
