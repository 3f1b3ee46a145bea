import {
  applyBreakAction,
  type BreakLogInput,
  breakActionAnswer,
  breakActionSchema,
  breakLogAnswer,
  breakLogInputSchema,
  breakNextAnswer,
  breakSettingsAnswer,
  breakSettingsSaved,
  breakSettingsSchema,
  breakStats,
  breakStatsAnswer,
  DomainError,
  instantSchema,
  MAX_BREAK_REMINDERS,
  MAX_BREAK_STATS_DAYS,
  nextReminders,
  snoozeChoices,
} from '@spinekind/core';
import { and, gte, lt } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { resourceStore } from '../crud/store.js';
import { baseVersionOf, conflictAnswer, ifMatchHeaders, singletonVersion } from '../versions/versions.js';
import { breakLogResource, breaksAnswer, estimatesStart, loadBreaks, saveBreaks } from './store.js';
import { breakLog, breakSettings } from './table.js';

const nextQuery = z.strictObject({
  from: instantSchema.optional(),
  count: z.coerce.number().int().min(1).max(MAX_BREAK_REMINDERS).default(5),
});
const statsQuery = z.strictObject({ from: instantSchema, to: instantSchema });

/** Break reminders: settings, the next reminder times, the user's snooze/skip/pause, the log and its stats. */
export const breakRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  const tags = ['breaks'];
  // The state (snooze, skip, pause) comes along so every device shows today's pause.
  app.get('/breaks/settings', { schema: { tags, response: { 200: breakSettingsAnswer } } }, async (request) =>
    breaksAnswer(request.requireUser().scope),
  );

  const putSchema = {
    tags,
    headers: ifMatchHeaders,
    body: breakSettingsSchema,
    response: { 200: breakSettingsSaved, 409: conflictAnswer },
  };
  app.put('/breaks/settings', { schema: putSchema }, async (request) => {
    const { scope } = request.requireUser();
    const version = await scope.transaction(async (tx) => {
      const check = { base: baseVersionOf(request.headers), current: () => breaksAnswer(tx) };
      const before = await singletonVersion(tx, breakSettings, check);
      // New settings start a fresh day plan: earlier snoozes or skips no longer apply.
      await saveBreaks(tx, request.body, {}, clock(), true);
      return before + 1;
    });
    return { settings: request.body, version };
  });

  app.get(
    '/breaks/next',
    { schema: { tags, querystring: nextQuery, response: { 200: breakNextAnswer } } },
    async (request) => {
      const { settings, state } = await loadBreaks(request.requireUser().scope);
      const from = request.query.from ? Date.parse(request.query.from) : clock().getTime();
      return { items: nextReminders(settings, from, request.query.count, state) };
    },
  );

  app.post(
    '/breaks/actions',
    { schema: { tags, body: breakActionSchema, response: { 200: breakActionAnswer } } },
    async (request) => {
      const { scope } = request.requireUser();
      const now = clock();
      const { settings, state } = await loadBreaks(scope);
      const action = request.body;
      // A snooze that would end after work (or in lunch, or on a day off) brings nothing back: refused.
      if (action.type === 'snooze' && !snoozeChoices(settings, now.getTime()).includes(action.minutes)) {
        throw new DomainError('conflict', 'A snooze now would end outside your work hours.', [
          {
            path: 'minutes',
            message: 'Work ends before then; your next reminder comes on your next work day.',
          },
        ]);
      }
      const next = applyBreakAction(state, action, now.getTime());
      await saveBreaks(scope, settings, next, now);
      return { state: next, next: nextReminders(settings, now.getTime(), 1, next) };
    },
  );

  app.post(
    '/breaks/log',
    { schema: { tags, body: breakLogInputSchema, response: { 200: breakLogAnswer, 201: breakLogAnswer } } },
    async (request, reply) => {
      const { scope } = request.requireUser();
      const { id = crypto.randomUUID(), ...input } = request.body;
      const { item, created } = await resourceStore(breakLogResource, scope).create(id, input, clock());
      return reply.code(created ? 201 : 200).send({ entry: item });
    },
  );

  app.get(
    '/breaks/stats',
    { schema: { tags, querystring: statsQuery, response: { 200: breakStatsAnswer } } },
    async (request) => {
      const { from, to } = request.query;
      const [fromMs, toMs] = [Date.parse(from), Date.parse(to)];
      if (fromMs >= toMs) {
        throw new DomainError('validation_failed', 'Some values are not valid.', [
          { path: 'from', message: '`from` must be before `to`.' },
        ]);
      }
      if (toMs - fromMs > MAX_BREAK_STATS_DAYS * 86_400_000) {
        throw new DomainError('validation_failed', 'Some values are not valid.', [
          { path: 'to', message: `Ask for at most ${MAX_BREAK_STATS_DAYS} days at a time.` },
        ]);
      }
      const { scope } = request.requireUser();
      const entries = await resourceStore(breakLogResource, scope).list(
        and(gte(breakLog.at, new Date(from)), lt(breakLog.at, new Date(to))),
      );
      const { settings } = await loadBreaks(scope);
      const count = (action: BreakLogInput['action']) => entries.filter((e) => e.action === action).length;
      const byDay = new Map<string, number>();
      for (const e of entries)
        if (e.action === 'taken') byDay.set(e.at.slice(0, 10), (byDay.get(e.at.slice(0, 10)) ?? 0) + 1);
      return {
        from,
        to,
        taken: count('taken'),
        snoozed: count('snoozed'),
        skipped: count('skipped'),
        takenByDay: [...byDay.entries()].map(([day, taken]) => ({ day, taken })),
        timeZone: settings.timeZone,
        standingDesk: settings.standingDesk,
        // Estimates from today's settings; see core/breaks/README.md.
        ...breakStats(
          settings,
          entries,
          fromMs,
          toMs,
          clock().getTime(),
          await estimatesStart(scope, settings),
        ),
      };
    },
  );
};
