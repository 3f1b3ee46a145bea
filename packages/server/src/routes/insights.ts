import {
  bleedingEpisodes,
  type CyclePhase,
  computeInsights,
  cyclePhases,
  cyclesOf,
  type ExtraDrivers,
  localDateSchema,
  phaseOn,
} from '@spinekind/core';
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkinResource } from '../checkins/resource.js';
import { breakLog, checkins } from '../db/schema/index.js';
import { resourceStore } from '../resources/crud.js';
import { periodResource } from './cycle.js';
import { trackerResource, treatmentResource } from './tracking.js';

const query = z
  .strictObject({ from: localDateSchema, to: localDateSchema })
  .refine((q) => q.from <= q.to, { message: '`from` must be on or before `to`.', path: ['from'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 11 * 366 * 86_400_000, {
    message: 'Ask for at most 10 years at a time.',
    path: ['from'],
  });

/** `GET /insights`: the pure engine of `core/insights` over the user's check-ins, cycle, treatments and breaks. */
export const insightRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/insights', { schema: { tags: ['insights'], querystring: query } }, async (request) => {
    const { scope } = request.requireUser();
    const { from, to } = request.query;
    // One day before `from`, so yesterday's values can pair with the first day's pain (lag 1).
    const dayBefore = new Date(Date.parse(from) - 86_400_000).toISOString().slice(0, 10);
    const [items, periods, treatments, trackers, bleeding, breaks] = await Promise.all([
      resourceStore(checkinResource, scope).list(
        and(gte(checkins.localDate, dayBefore), lte(checkins.localDate, to)),
      ),
      resourceStore(periodResource, scope).list(),
      resourceStore(treatmentResource, scope).list(),
      resourceStore(trackerResource, scope).list(),
      scope.db
        .selectDistinct({ day: checkins.localDate })
        .from(checkins)
        .where(scope.where(checkins, inArray(checkins.bleeding, ['light', 'medium', 'heavy']))),
      scope.db
        .select({ at: breakLog.at })
        .from(breakLog)
        .where(scope.where(breakLog, eq(breakLog.action, 'taken'))),
    ]);

    const cycles = cyclesOf(
      bleedingEpisodes(
        periods,
        bleeding.map((b) => b.day),
      ),
    );
    const phaseDays = new Map<CyclePhase, Map<string, boolean>>(cyclePhases.map((p) => [p, new Map()]));
    const painByPhase = new Map<CyclePhase, number[]>();
    for (const c of items) {
      const phase = phaseOn(c.localDate, cycles);
      if (!phase) continue;
      for (const p of cyclePhases) phaseDays.get(p)?.set(c.localDate, p === phase);
      painByPhase.set(phase, [...(painByPhase.get(phase) ?? []), c.pain]);
    }
    const breaksByDay = new Map<string, number>();
    for (const b of breaks) {
      const day = b.at.toISOString().slice(0, 10);
      breaksByDay.set(day, (breaksByDay.get(day) ?? 0) + 1);
    }
    const extraDrivers: ExtraDrivers = {
      ...Object.fromEntries(
        cyclePhases.map((p) => [`cyclePhase:${p}`, { values: phaseDays.get(p) ?? new Map() }]),
      ),
      ...(breaks.length ? { breaksTaken: { values: breaksByDay, otherwise: 0 } } : {}),
    };
    const insights = computeInsights({
      checkins: items,
      from,
      to,
      extraDrivers,
      treatments,
      names: Object.fromEntries(trackers.map((t) => [`custom:${t.id}`, t.name])),
    });
    const cycle = {
      byPhase: cyclePhases.map((phase) => {
        const pains = painByPhase.get(phase) ?? [];
        return {
          phase,
          n: pains.length,
          meanPain: pains.length ? pains.reduce((a, b) => a + b, 0) / pains.length : null,
        };
      }),
    };
    return { ...insights, cycle };
  });
};
