import {
  DomainError,
  REMINDER_LATER_MINUTES,
  reminderLaterAnswerSchema,
  reminderLaterSchema,
  reminderSettingsAnswerSchema,
  reminderSettingsInputSchema,
  remindersNextAnswerSchema,
  remindersNextQuerySchema,
  upcomingReminders,
} from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { timeZoneField } from '../bleeding/today.js';
import { baseVersionOf, conflictAnswer, ifMatchHeaders, singletonVersion } from '../versions/versions.js';
import { planLater } from './push-plan.js';
import {
  loadReminderDocument,
  loadReminderInputs,
  loadReminderSettings,
  saveReminderSettings,
} from './store.js';
import { reminderSettings } from './table.js';

const settingsQuery = z.strictObject({ timeZone: timeZoneField.optional() });

/**
 * Reminders (check-in, planned routines, questionnaires, period, lesson, experiment switches): her settings, what is coming, and
 * "Later" from a pushed reminder. The push job sends them (reminders/push-plan.ts).
 */
export const reminderRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  const tags = ['reminders'];
  app.get(
    '/reminders',
    {
      schema: {
        tags,
        querystring: settingsQuery,
        response: { 200: reminderSettingsAnswerSchema },
        summary:
          'Her reminder settings; all off, in her zone (`timeZone`, else her breaks or plan), until saved.',
      },
    },
    async (request) => loadReminderDocument(request.requireUser().scope, request.query.timeZone),
  );

  app.put(
    '/reminders',
    {
      schema: {
        tags,
        headers: ifMatchHeaders,
        body: reminderSettingsInputSchema,
        response: { 200: reminderSettingsAnswerSchema, 409: conflictAnswer },
        summary: 'Saves (replaces) her reminder settings; `If-Match` names the version it was based on.',
      },
    },
    async (request) => {
      const { scope } = request.requireUser();
      const version = await scope.transaction(async (tx) => {
        const check = { base: baseVersionOf(request.headers), current: () => loadReminderDocument(tx) };
        const before = await singletonVersion(tx, reminderSettings, check);
        await saveReminderSettings(tx, request.body.settings, clock());
        return before + 1;
      });
      return { settings: request.body.settings, version };
    },
  );

  app.get(
    '/reminders/next',
    {
      schema: {
        tags,
        querystring: remindersNextQuerySchema,
        response: { 200: remindersNextAnswerSchema },
        summary: 'Her coming reminders from `from` (default now), in time order, at most `count` (1–50).',
      },
    },
    async (request) => {
      const { scope } = request.requireUser();
      const settings = await loadReminderSettings(scope);
      const from = request.query.from ? Date.parse(request.query.from) : clock().getTime();
      const inputs = await loadReminderInputs(scope, settings, from, request.locale);
      return { items: upcomingReminders(inputs, from, request.query.count) };
    },
  );

  app.post(
    '/reminders/later',
    {
      schema: {
        tags,
        body: reminderLaterSchema,
        response: { 201: reminderLaterAnswerSchema },
        summary: 'Brings a pushed reminder back in an hour, if it still stands then.',
      },
    },
    async (request, reply) => {
      const now = clock();
      const at = await planLater(request.requireUser().scope, request.body, now, REMINDER_LATER_MINUTES);
      if (!at) throw new DomainError('not_found', 'There is no such reminder to bring back later.');
      return reply.code(201).send({ at: at.toISOString() });
    },
  );
};
