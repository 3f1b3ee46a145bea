import {
  applyPeriodPatch,
  bleedingEpisodes,
  cycleQuerySchema,
  cyclesOf,
  cycleVariability,
  estimateStage,
  type Period,
  type PeriodInput,
  type PeriodPatch,
  periodInputSchema,
  periodPatchSchema,
} from '@spinekind/core';
import { inArray } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { checkins, periods } from '../db/schema/index.js';
import { type ResourceDef, resourceStore } from '../resources/crud.js';
import { loadProfile } from './profile.js';

export const periodResource: ResourceDef<Period, PeriodInput, PeriodPatch> = {
  plural: 'periods',
  singular: 'period',
  table: periods,
  input: periodInputSchema,
  patch: periodPatchSchema,
  toValues: ({ startDate, endDate, flow, notes }) => ({
    startDate,
    endDate: endDate ?? null,
    flow: flow ?? null,
    notes: notes ?? null,
  }),
  fromRow: (row) => {
    const { userId: _u, createdAt, updatedAt, ...fields } = row as Record<string, unknown>;
    return {
      ...(fields as Omit<Period, 'createdAt' | 'updatedAt'>),
      createdAt: (createdAt as Date).toISOString(),
      updatedAt: (updatedAt as Date).toISOString(),
    };
  },
  merge: (current, patch) => {
    const { id: _id, ...input } = applyPeriodPatch(current, patch);
    return input;
  },
  orderBy: [periods.startDate],
};

/** `GET /cycle`: cycles from logged periods and check-in bleeding (light or more), and the stage estimate. */
export const cycleRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  app.get('/cycle', { schema: { tags: ['periods'], querystring: cycleQuerySchema } }, async (request) => {
    const { scope } = request.requireUser();
    const asOf = request.query.asOf ?? clock().toISOString().slice(0, 10);
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
    };
  });
};
