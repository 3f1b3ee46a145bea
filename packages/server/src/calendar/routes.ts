import { createHash, randomBytes } from 'node:crypto';
import {
  breakSettingsSchema,
  CALENDAR_FEED_WEEKS,
  calendarAnswer,
  calendarEvents,
  calendarFeedAnswer,
  calendarLinkAnswer,
  calendarLinkRemoved,
  DomainError,
  type Locale,
  localTimeOf,
  weeklyPlanSchema,
} from '@spinekind/core';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { savedBreaks } from '../breaks/store.js';
import { checkinDatesSince } from '../checkins/store.js';
import type { Db } from '../db/client.js';
import { type UserScope, userScope } from '../db/scope.js';
import { routineLookup } from '../exercise/store.js';
import { experimentSwitchSources } from '../experiments/views.js';
import { neverCompress } from '../http/compression.js';
import { loadPlan } from '../plan/store.js';
import { loadProfile } from '../profile/store.js';
import { savedReminderSettings } from '../reminders/store.js';
import { renderCalendar } from './ics.js';
import { calendarFeeds } from './table.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const feedFile = /^([A-Za-z0-9_-]{43})\.ics$/;
const notFound = () =>
  new DomainError('not_found', 'This calendar link is not valid (it may have been replaced).');

/** Her feed in the language of her profile, else the language the calendar app asks for. */
async function feedFor(scope: UserScope, nowMs: number, baseUrl: string, asked: Locale): Promise<string> {
  const locale = (await loadProfile(scope)).language ?? asked;
  const breaks = await savedBreaks(scope);
  const plan = await loadPlan(scope);
  const reminders = (await savedReminderSettings(scope)) ?? undefined;
  const input = {
    breaks: breakSettingsSchema.safeParse(breaks?.settings).data,
    plan: weeklyPlanSchema.safeParse(plan).data,
    reminders,
    // Today's check-in event goes once she has checked in (the feed starts today; a day back covers any zone).
    checkedIn: reminders?.checkin.enabled
      ? await checkinDatesSince(scope, nowMs - 86_400_000, reminders.timeZone)
      : undefined,
    experiments: reminders?.experiments.enabled
      ? await experimentSwitchSources(scope, localTimeOf(nowMs, reminders.timeZone).date, locale)
      : undefined,
  };
  const events = calendarEvents(input, nowMs, await routineLookup(scope, locale), locale);
  // UIDs are global in calendar apps: a per-user part keeps two people's feeds apart without naming anyone.
  const uidSuffix = sha256(`spinekind-calendar:${scope.userId}`).slice(0, 16);
  return renderCalendar(events, { baseUrl, uidSuffix, nowMs, locale });
}

/**
 * The secret calendar feed: `POST /calendar/token` makes (or replaces) the link, `GET /calendar`
 * says whether one exists, `DELETE /calendar/token` turns it off, and `GET /calendar/{token}.ics`
 * serves the next weeks of break blocks, planned routines, check-in and experiment reminders (with alarms)
 * without a cookie.
 */
export const calendarRoutes: FastifyPluginAsyncZod<{
  db: Db;
  clock: () => Date;
  publicUrl: string | undefined;
}> = async (app, { db, clock, publicUrl }) => {
  const tags = ['calendar'];
  const baseOf = (request: { protocol: string; host: string }) =>
    publicUrl ?? `${request.protocol}://${request.host}`;

  app.get('/calendar', { schema: { tags, response: { 200: calendarAnswer } } }, async (request) => {
    const { scope } = request.requireUser();
    const [row] = await scope.db.select().from(calendarFeeds).where(scope.where(calendarFeeds));
    return { feed: row ? { createdAt: row.createdAt.toISOString(), weeks: CALENDAR_FEED_WEEKS } : null };
  });

  app.post(
    '/calendar/token',
    { ...neverCompress, schema: { tags, response: { 201: calendarLinkAnswer } } },
    async (request, reply) => {
      const { scope } = request.requireUser();
      const token = randomBytes(32).toString('base64url');
      const now = clock();
      const values = { tokenHash: sha256(token), createdAt: now };
      await scope.db
        .insert(calendarFeeds)
        .values({ userId: scope.userId, ...values })
        .onConflictDoUpdate({ target: calendarFeeds.userId, set: values });
      return reply.code(201).send({ url: `${baseOf(request)}/api/v1/calendar/${token}.ics` });
    },
  );

  app.delete(
    '/calendar/token',
    { schema: { tags, response: { 204: calendarLinkRemoved } } },
    async (request, reply) => {
      const { scope } = request.requireUser();
      const gone = await scope.db.delete(calendarFeeds).where(scope.where(calendarFeeds)).returning();
      if (!gone.length) throw new DomainError('not_found', 'There is no calendar link to turn off.');
      return reply.code(204).send(null);
    },
  );

  // The token is the only credential here, so this route's requests are not logged (the URL holds it).
  app.get(
    '/calendar/:file',
    {
      logLevel: 'warn',
      schema: {
        tags,
        params: z.strictObject({ file: z.string().max(100) }),
        response: { 200: calendarFeedAnswer },
      },
    },
    async (request, reply) => {
      const token = feedFile.exec(request.params.file)?.[1];
      if (!token) throw notFound();
      const [feed] = await db
        .select()
        .from(calendarFeeds)
        .where(eq(calendarFeeds.tokenHash, sha256(token)));
      if (!feed) throw notFound();
      const body = await feedFor(
        userScope(db, feed.userId),
        clock().getTime(),
        baseOf(request),
        request.locale,
      );
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="spinekind.ics"')
        .header('cache-control', 'no-store')
        .send(body);
    },
  );
};
