import {
  cycleBleedingCheckSchema,
  cycleQuerySchema,
  cycleVariability,
  localDateSchema,
  periodForecastSchema,
  stages,
} from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadBleedingCheck } from '../bleeding/store.js';
import { herToday, timeZoneField } from '../bleeding/today.js';
import { crudRoutes } from '../crud/routes.js';
import { loadCycles, periodResource } from './store.js';

const cycleQuery = cycleQuerySchema.extend({ timeZone: timeZoneField.optional() });
const count = z.number().nullable();
// Not strict: a field the estimate grows later is left out of the answer rather than failing it (a 500
// here would hide the bleeding check).
const cycleAnswer = z.object({
  asOf: localDateSchema,
  episodes: z.array(z.object({ start: localDateSchema, end: localDateSchema })),
  cycles: z.array(z.object({ start: localDateSchema, lengthDays: count, periodEnd: localDateSchema })),
  variability: z.object({
    cycles: z.number(),
    meanDays: count,
    sdDays: count,
    maxDifferenceDays: count,
  }),
  stage: z.object({
    stage: z.enum(stages),
    basis: z.string(),
    evidence: z.array(localDateSchema),
    isEstimate: z.literal(true),
    daysSinceLastPeriod: count,
  }),
  bleedingCheck: cycleBleedingCheckSchema,
  /** The next period's likely window, or null with the reason in `forecastNote`. */
  forecast: periodForecastSchema.nullable(),
  forecastNote: z.string().nullable(),
});

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
      const { episodes, cycles, stage, forecast, forecastNote } = await loadCycles(scope, asOf);
      return {
        asOf,
        episodes,
        cycles,
        variability: cycleVariability(cycles),
        stage,
        bleedingCheck: await loadBleedingCheck(scope, asOf),
        forecast,
        forecastNote,
      };
    },
  );
};
