import { addDays, insightsReport, localDateSchema } from '@spinekind/core';
import { and, gte, inArray, lte } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkinResource } from '../checkins/resource.js';
import { checkins } from '../db/schema/index.js';
import { dayDrivers } from '../insights/day-drivers.js';
import { resourceStore } from '../resources/crud.js';
import { periodResource } from './cycle.js';
import { loadProfile } from './profile.js';
import { trackerResource, treatmentResource } from './tracking.js';

const query = z
  .strictObject({ from: localDateSchema, to: localDateSchema })
  .refine((q) => q.from <= q.to, { message: '`from` must be on or before `to`.', path: ['from'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 11 * 366 * 86_400_000, {
    message: 'Ask for at most 10 years at a time.',
    path: ['from'],
  });

/**
 * `GET /insights`: `core/insights` (`insightsReport`) over the user's check-ins, periods, treatments and
 * trackers, plus the day-level drivers kept elsewhere: exercise sessions, breaks taken, imported metrics.
 */
export const insightRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/insights', { schema: { tags: ['insights'], querystring: query } }, async (request) => {
    const { scope } = request.requireUser();
    const { from, to } = request.query;
    // One day before `from`, so yesterday's values can pair with the first day's pain (lag 1).
    const dayBefore = addDays(from, -1);
    const [items, periods, treatments, trackers, bleeding, profile, extraDrivers] = await Promise.all([
      resourceStore(checkinResource, scope).list(
        and(gte(checkins.localDate, dayBefore), lte(checkins.localDate, to)),
      ),
      resourceStore(periodResource, scope).list(),
      resourceStore(treatmentResource, scope).list(),
      resourceStore(trackerResource, scope).list(),
      // Cycles need every period, not only those in the range.
      scope.db
        .selectDistinct({ day: checkins.localDate })
        .from(checkins)
        .where(scope.where(checkins, inArray(checkins.bleeding, ['light', 'medium', 'heavy']))),
      loadProfile(scope),
      dayDrivers(scope, dayBefore, to),
    ]);
    return insightsReport({
      checkins: items,
      from,
      to,
      periods,
      bleedingDays: bleeding.map((b) => b.day),
      profile,
      extraDrivers,
      treatments,
      names: Object.fromEntries(trackers.map((t) => [`custom:${t.id}`, t.name])),
    });
  });
};
