import { cycleAnswer, cycleQuerySchema, cycleVariability, localizeBleedingCheck } from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loadBleedingCheck } from '../bleeding/store.js';
import { herToday, timeZoneField } from '../bleeding/today.js';
import { crudRoutes } from '../crud/routes.js';
import { loadCycles, periodResource } from './store.js';

const cycleQuery = cycleQuerySchema.extend({ timeZone: timeZoneField.optional() });

/**
 * `GET /cycle`: cycles from logged periods and check-in bleeding (light or more), the stage estimate, and
 * the bleeding check of her log (spec bleeding-check §6.2) and the next-period forecast, as of `asOf` or her
 * today. Her logged periods:
 * create · list · get · patch · delete.
 */
export const cycleRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  crudRoutes(app, '/periods', periodResource, clock);

  app.get(
    '/cycle',
    { schema: { tags: ['periods'], querystring: cycleQuery, response: { 200: cycleAnswer } } },
    async (request) => {
      const { scope } = request.requireUser();
      const asOf = request.query.asOf ?? (await herToday(scope, clock(), request.query.timeZone));
      const { episodes, cycles, stage, forecast, forecastNote } = await loadCycles(
        scope,
        asOf,
        request.locale,
      );
      return {
        asOf,
        episodes,
        cycles,
        variability: cycleVariability(cycles),
        stage,
        bleedingCheck: localizeBleedingCheck(await loadBleedingCheck(scope, asOf), request.locale),
        forecast,
        forecastNote,
      };
    },
  );
};
