import { randomInt } from 'node:crypto';
import {
  adherenceInputSchema,
  DomainError,
  type Experiment,
  experimentAnswerSchema,
  experimentInputSchema,
  experimentListAnswerSchema,
  experimentResult,
  experimentResultAnswerSchema,
  experimentTemplatesAnswerSchema,
  experimentTemplatesIn,
  experimentToday,
  experimentTodayAnswerSchema,
  firstResultDate,
  type Locale,
  localDateSchema,
  newExperiment,
  scheduledDay,
} from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { herToday, timeZoneField } from '../bleeding/today.js';
import { checkinsBetween } from '../checkins/store.js';
import { resourceStore } from '../crud/store.js';
import type { UserScope } from '../db/scope.js';
import { trackerResource } from '../tracking/store.js';
import { insertExperiment, loadExperiment, loadExperiments, saveAdherence, stopExperiment } from './store.js';
import { experimentViews } from './views.js';

const query = z.strictObject({ timeZone: timeZoneField.optional() });
const params = z.strictObject({ id: z.uuid({ error: 'There is no experiment with this id.' }) });
const notFound = () => new DomainError('not_found', 'There is no experiment with this id.');

/**
 * Self-run randomized n-of-1 experiments (issue #20): templates, set-up (client id, idempotent), her
 * list, one, today's condition, the daily "did you follow today's plan?", stop, and the result.
 * Status (and the red-flag pause) is computed on every read from the dates and her screenings.
 */
export const experimentRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  const tags = ['experiments'];
  const today = (scope: UserScope, timeZone?: string) => herToday(scope, clock(), timeZone);
  const one = async (scope: UserScope, id: string, timeZone: string | undefined, locale: Locale) => {
    const stored = await loadExperiment(scope, id);
    if (!stored) throw notFound();
    const day = await today(scope, timeZone);
    const [view] = await experimentViews(scope, [stored], day, locale);
    return { stored, view: view as Experiment, today: day };
  };

  app.get(
    '/experiments/templates',
    {
      schema: {
        tags,
        summary: 'The ready-made experiments.',
        response: { 200: experimentTemplatesAnswerSchema },
      },
    },
    async (request) => {
      request.requireUser();
      return { items: [...experimentTemplatesIn(request.locale)] };
    },
  );

  app.post(
    '/experiments',
    {
      schema: {
        tags,
        summary:
          'Sets up an experiment from a template or her own A/B of behaviours (medicines, supplements and doses are refused). The same id again answers 200 with the one already made.',
        querystring: query,
        body: experimentInputSchema,
        response: { 200: experimentAnswerSchema, 201: experimentAnswerSchema },
      },
    },
    async (request, reply) => {
      const { scope } = request.requireUser();
      const existing = await loadExperiment(scope, request.body.id);
      if (!existing) {
        const day = await today(scope, request.query.timeZone);
        const stored = newExperiment(request.body, {
          today: day,
          now: clock(),
          seed: randomInt(2 ** 31 - 1),
          locale: request.locale,
        });
        await checkOutcome(scope, stored.outcome);
        if (await insertExperiment(scope, stored)) {
          const { view } = await one(scope, stored.id, request.query.timeZone, request.locale);
          return reply.code(201).send({ experiment: view });
        }
      }
      return { experiment: (await one(scope, request.body.id, request.query.timeZone, request.locale)).view };
    },
  );

  app.get(
    '/experiments',
    {
      schema: {
        tags,
        summary: 'Her experiments, newest start first.',
        querystring: query,
        response: { 200: experimentListAnswerSchema },
      },
    },
    async (request) => {
      const { scope } = request.requireUser();
      const day = await today(scope, request.query.timeZone);
      return { items: await experimentViews(scope, await loadExperiments(scope), day, request.locale) };
    },
  );

  app.get(
    '/experiments/:id',
    {
      schema: {
        tags,
        summary: 'One experiment.',
        params,
        querystring: query,
        response: { 200: experimentAnswerSchema },
      },
    },
    async (request) => {
      const { scope } = request.requireUser();
      return {
        experiment: (await one(scope, request.params.id, request.query.timeZone, request.locale)).view,
      };
    },
  );

  app.get(
    '/experiments/:id/today',
    {
      schema: {
        tags,
        summary: "Today's condition and what to do; 404 when today is outside a running experiment.",
        params,
        querystring: query,
        response: { 200: experimentTodayAnswerSchema },
      },
    },
    async (request) => {
      const { scope } = request.requireUser();
      const {
        stored,
        view,
        today: day,
      } = await one(scope, request.params.id, request.query.timeZone, request.locale);
      const answer = experimentToday(stored, view, day);
      if (!answer)
        throw new DomainError('not_found', `This experiment is ${view.status}: nothing to do today.`);
      return answer;
    },
  );

  app.put(
    '/experiments/:id/adherence/:date',
    {
      schema: {
        tags,
        summary: 'Her answer to "did you follow today\'s plan?" for a day of the experiment, up to today.',
        // The date is checked in the handler, after the id: another user's id answers 404 whatever the date.
        params: params.extend({ date: z.string().max(20) }),
        querystring: query,
        body: adherenceInputSchema,
        response: { 200: experimentAnswerSchema },
      },
      // Someone else's (or no) experiment is a 404 before the body is validated, as on every record route.
      preValidation: async (request) => {
        const { id } = request.params as { id: string };
        const mine =
          z.uuid().safeParse(id).success && (await loadExperiment(request.requireUser().scope, id));
        if (!mine) throw notFound();
      },
    },
    async (request) => {
      const { scope } = request.requireUser();
      const { id } = request.params;
      const { stored, view, today: day } = await one(scope, id, request.query.timeZone, request.locale);
      const date = parseDate(request.params.date);
      if (!scheduledDay(stored.schedule, stored.washoutDays, date) || date > day)
        throw new DomainError('validation_failed', 'Answer for a day of the experiment, up to today.', [
          {
            path: 'date',
            message: `Use a date from ${stored.startDate} to ${[day, stored.endDate].sort()[0]}.`,
          },
        ]);
      if (view.status === 'stopped') throw new DomainError('conflict', 'This experiment was stopped.');
      if (view.pausedBy && date >= view.pausedBy.date)
        throw new DomainError('conflict', 'This experiment is paused after your red-flag check.');
      await saveAdherence(scope, id, { date, followed: request.body.followed }, clock());
      return { experiment: (await one(scope, id, request.query.timeZone, request.locale)).view };
    },
  );

  app.post(
    '/experiments/:id/stop',
    {
      schema: {
        tags,
        summary: 'Stops an experiment for good (a repeat changes nothing); its result stays readable.',
        params,
        querystring: query,
        response: { 200: experimentAnswerSchema },
      },
    },
    async (request) => {
      const { scope } = request.requireUser();
      await one(scope, request.params.id, request.query.timeZone, request.locale);
      await stopExperiment(scope, request.params.id, clock());
      return {
        experiment: (await one(scope, request.params.id, request.query.timeZone, request.locale)).view,
      };
    },
  );

  app.get(
    '/experiments/:id/result',
    {
      schema: {
        tags,
        summary:
          'The effect (intervention − control) with its 95% credible interval, the chance of a real benefit and a verdict; interim from the end of the first pair.',
        params,
        querystring: query,
        response: { 200: experimentResultAnswerSchema },
      },
    },
    async (request) => {
      const { scope } = request.requireUser();
      const {
        stored,
        view,
        today: day,
      } = await one(scope, request.params.id, request.query.timeZone, request.locale);
      const checkins = await checkinsBetween(scope, stored.startDate, stored.endDate);
      const name = await trackerName(scope, stored.outcome);
      const result = experimentResult(stored, view, day, checkins, name, request.locale);
      if (!result)
        throw new DomainError('not_found', `The first result is ready after ${firstResultDate(stored)}.`);
      return result;
    },
  );
};

/** A `YYYY-MM-DD` path parameter, or the standard 400 naming it. */
function parseDate(value: string): string {
  const parsed = localDateSchema.safeParse(value);
  if (!parsed.success)
    throw new DomainError('validation_failed', 'Use a date like 2026-03-14.', [
      { path: 'date', message: parsed.error.issues[0]?.message ?? 'Use a date like 2026-03-14.' },
    ]);
  return parsed.data;
}

const trackerIdOf = (outcome: string) => (outcome.startsWith('tracker:') ? outcome.slice(8) : undefined);

async function trackerName(scope: UserScope, outcome: string) {
  const id = trackerIdOf(outcome);
  return id ? (await resourceStore(trackerResource, scope).get(id))?.name : undefined;
}

/** A tracker outcome must name one of her trackers. */
async function checkOutcome(scope: UserScope, outcome: string) {
  if (trackerIdOf(outcome) && !(await trackerName(scope, outcome)))
    throw new DomainError('validation_failed', 'There is no tracker with this id.', [
      { path: 'outcome', message: 'Choose one of your trackers.' },
    ]);
}
