import {
  bleedingEpisodes,
  cycleAnswer,
  cycleQuerySchema,
  cyclesOf,
  cycleVariability,
  estimateStage,
} from '@spinekind/core';
import { inArray } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loadBleedingCheck } from '../bleeding/store.js';
import { herToday, timeZoneField } from '../bleeding/today.js';
import { crudRoutes } from '../crud/routes.js';
import { resourceStore } from '../crud/store.js';
import { checkins } from '../db/schema/index.js';
import { loadProfile } from '../profile/store.js';
import { periodResource } from './store.js';

const cycleQuery = cycleQuerySchema.extend({ timeZone: timeZoneField.optional() });

/**
 * `GET /cycle`: cycles from logged periods and check-in bleeding (light or more), the stage estimate, and
 * the bleeding check of her log (spec bleeding-check §6.2), as of `asOf` or her today. Her logged periods:
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
      const logged = await resourceStore(periodResource, scope).list();
      const bleedingDays = await scope.db
        .selectDistinct({ day: checkins.localDate })
        .from(checkins)
        .where(scope.where(checkins, inArray(checkins.bleeding, ['light', 'medium', 'heavy'])));
      const episodes = bleedingEpisodes(
        logged,
        bleedingDays.map((r) => r.day),
      );
      const cycles = cyclesOf(episodes.filter((e) => e.start <= asOf));
      return {
        asOf,
        episodes,
        cycles,
        variability: cycleVariability(cycles),
        stage: estimateStage({ episodes, profile: await loadProfile(scope), asOf }),
        bleedingCheck: await loadBleedingCheck(scope, asOf),
      };
    },
  );
};
