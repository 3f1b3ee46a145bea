import {
  DomainError,
  REMINDER_LATER_MINUTES,
  reminderLaterAnswerSchema,
  reminderLaterSchema,
  reminderSettingsAnswerSchema,
  remindersNextAnswerSchema,
  remindersNextQuerySchema,
  upcomingReminders,
} from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { timeZoneField } from '../bleeding/today.js';
import { planLater } from './push-plan.js';
import { loadReminderInputs, loadReminderSettings, saveReminderSettings } from './store.js';

const settingsQuery = z.strictObject({ timeZone: timeZoneField.optional() });

/**
 * Reminders (check-in, planned routines, questionnaires, period, lesson): her settings, what is coming, and
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
    async (request) => ({
      settings: await loadReminderSettings(request.requireUser().scope, request.query.timeZone),
    }),
  );

  app.put(
    '/reminders',
    { schema: { tags, body: reminderSettingsAnswerSchema, response: { 200: reminderSettingsAnswerSchema } } },
    async (request) => {
      await saveReminderSettings(request.requireUser().scope, request.body.settings, clock());
      return { settings: request.body.settings };
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
      const inputs = await loadReminderInputs(scope, settings, from);
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
