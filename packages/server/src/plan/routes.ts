import {
  DomainError,
  isTimeZone,
  type Locale,
  planAnswer,
  planForBones,
  planToday,
  planTodayAnswer,
  streak,
  suggestedPlan,
  todaysPlan,
  weeklyPlanSchema,
} from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { savedBreaks } from '../breaks/store.js';
import type { UserScope } from '../db/scope.js';
import { sessionsBetween } from '../exercise/store.js';
import { loadProfile } from '../profile/store.js';
import { baseVersionOf, conflictAnswer, ifMatchHeaders, singletonVersion } from '../versions/versions.js';
import { checkPlan, loadPlanAndVersion, savePlan } from './store.js';
import { exercisePlans } from './table.js';

const planQuery = z.strictObject({
  timeZone: z
    .string()
    .refine(isTimeZone, 'Unknown time zone; use an IANA name like Europe/London.')
    .optional(),
});

/** The stored plan (with its version, 0 while only suggested), or a suggestion in the user's zone (query, else break settings, else London). */
async function currentPlan(
  scope: UserScope,
  now: Date,
  locale: Locale,
  timeZone?: string,
  { inTransaction = false } = {},
) {
  // Inside a transaction (a stale `If-Match` answers the current plan) the scope has a single client,
  // which runs one query at a time: the reads go one after the other there, side by side elsewhere.
  const [{ plan, version }, profile] = inTransaction
    ? [await loadPlanAndVersion(scope), await loadProfile(scope)]
    : await Promise.all([loadPlanAndVersion(scope), loadProfile(scope)]);
  if (plan) {
    const bones = planForBones(plan, profile, locale);
    return {
      plan,
      suggested: false,
      bones: bones.note ? { note: bones.note, routines: bones.routines } : null,
      version,
    };
  }
  const breaks = await savedBreaks(scope);
  const zone = timeZone ?? breaks?.settings.timeZone ?? 'Europe/London';
  const today = planToday({ timeZone: zone }, now.getTime());
  const s = suggestedPlan(profile, { timeZone: zone, today, workDays: breaks?.settings.workDays, locale });
  const bones = s.note ? { note: s.note, routines: s.routines } : null;
  return { plan: s.plan, suggested: true, bones, version };
}

/** `GET/PUT /plan` (one per user) and `GET /plan/today` (today's items and the streak). */
export const planRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  const tags = ['plan'];
  app.get(
    '/plan',
    {
      schema: {
        tags,
        querystring: planQuery,
        summary: 'Her weekly plan, or a suggested one (suggested: true) until she saves one.',
        response: { 200: planAnswer },
      },
    },
    async (request) => {
      return currentPlan(request.requireUser().scope, clock(), request.locale, request.query.timeZone);
    },
  );

  app.put(
    '/plan',
    {
      schema: {
        tags,
        headers: ifMatchHeaders,
        body: weeklyPlanSchema,
        response: { 200: planAnswer, 409: conflictAnswer },
        summary: 'Saves (replaces) her weekly plan; `If-Match` names the version it was based on.',
      },
    },
    async (request) => {
      const { scope } = request.requireUser();
      const now = clock();
      await scope.transaction(async (tx) => {
        const base = baseVersionOf(request.headers);
        await singletonVersion(tx, exercisePlans, {
          base,
          current: () => currentPlan(tx, now, request.locale, undefined, { inTransaction: true }),
        });
        const problems = await checkPlan(request.body, tx);
        if (problems.length)
          throw new DomainError('validation_failed', 'Some values are not valid.', problems);
        await savePlan(tx, request.body, now);
      });
      return currentPlan(scope, now, request.locale);
    },
  );

  app.get(
    '/plan/today',
    {
      schema: {
        tags,
        querystring: planQuery,
        summary: "Today's planned items, each done or not, the streak and the days moved this week.",
        response: { 200: planTodayAnswer },
      },
    },
    async (request) => {
      const { scope } = request.requireUser();
      const now = clock();
      const { plan, suggested } = await currentPlan(scope, now, request.locale, request.query.timeZone);
      const today = planToday(plan, now.getTime());
      // A streak looks back at most ~400 days; sessions are read from there on.
      const from = new Date(now.getTime() - 401 * 86_400_000).toISOString().slice(0, 10);
      const sessions = await sessionsBetween(scope, from);
      return {
        date: today,
        suggested,
        items: todaysPlan(plan, today, sessions),
        streak: streak(plan, today, sessions),
      };
    },
  );
};
