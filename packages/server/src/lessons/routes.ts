import {
  addLocalDays,
  chooseTodayLesson,
  DomainError,
  type Lesson,
  type Locale,
  lessonAnswerSchema,
  lessonIn,
  lessonListAnswerSchema,
  lessonReadAnswerSchema,
  lessonReadInputSchema,
  lessonsIn,
  TODAY_RULES,
  todayLessonAnswerSchema,
} from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { herToday, timeZoneField } from '../bleeding/today.js';
import { checkinsBetween } from '../checkins/store.js';
import type { Db } from '../db/client.js';
import { type UserScope, userScope } from '../db/scope.js';
import { loadProfile } from '../profile/store.js';
import { screeningsBetween } from '../screenings/store.js';
import { loadLessonReads, markLessonRead } from './store.js';

/** A lesson without its body; `readAt` only when someone is signed in (`reads` given). */
function summaryOf({ body: _body, ...lesson }: Lesson, reads?: Map<string, string>) {
  return reads ? { ...lesson, readAt: reads.get(lesson.id) ?? null } : lesson;
}

async function readsOf(scope: UserScope | undefined) {
  if (!scope) return undefined;
  return new Map((await loadLessonReads(scope)).map((r) => [r.lessonId, r.readAt]));
}

/** The lesson with this id, in her language. */
async function found(id: string, locale: Locale): Promise<Lesson> {
  const lesson = await lessonIn(id, locale);
  if (!lesson) throw new DomainError('not_found', 'There is no lesson with this id.');
  return lesson;
}

/** Public answers are cached, so a cache keeps one copy per language (and per signed-in state). */
const VARY = 'cookie, accept-language';

const params = z.strictObject({ id: z.string().max(100) });

/**
 * The lesson library (static data in core, in `request.locale`) with her reading state: `GET /lessons` and `GET /lessons/:id`
 * (public; signed in adds `readAt`), `PUT /lessons/:id/read` `{read}`, and `GET /lessons/today`.
 */
export const lessonRoutes: FastifyPluginAsyncZod<{ db: Db; clock: () => Date }> = async (
  app,
  { db, clock },
) => {
  const tags = ['lessons'];
  const scopeOf = (user: { id: string } | undefined) => (user ? userScope(db, user.id) : undefined);

  app.get(
    '/lessons',
    {
      schema: {
        tags,
        summary: 'Every lesson without its body, in reading order; signed in, each carries readAt (or null).',
        response: { 200: lessonListAnswerSchema },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request.user);
      reply.header('cache-control', scope ? 'no-store' : 'public, max-age=3600').header('vary', VARY);
      const [library, reads] = await Promise.all([lessonsIn(request.locale), readsOf(scope)]);
      return { items: library.map((l) => summaryOf(l, reads)) };
    },
  );

  app.get(
    '/lessons/today',
    {
      schema: {
        tags,
        summary:
          'One unread lesson chosen from her recent data, with the reason; lesson is null once she has read them all.',
        querystring: z.strictObject({ timeZone: timeZoneField.optional() }),
        response: { 200: todayLessonAnswerSchema },
      },
    },
    async (request) => {
      const { scope } = request.requireUser();
      const today = await herToday(scope, clock(), request.query.timeZone);
      // A day either side of the windows: her local dates may run ahead of or behind the server's.
      const since = (days: number) => addLocalDays(today, -days);
      const [library, reads, recent, checks, profile] = await Promise.all([
        lessonsIn(request.locale),
        readsOf(scope),
        checkinsBetween(scope, since(TODAY_RULES.weekDays)),
        screeningsBetween(scope, since(TODAY_RULES.redFlagDays)),
        loadProfile(scope),
      ]);
      const choice = chooseTodayLesson(
        library,
        {
          today,
          read: new Set(reads?.keys()),
          checkins: recent,
          screenings: checks,
          boneHealth: profile.boneHealth,
        },
        request.locale,
      );
      return { lesson: choice.lesson && summaryOf(choice.lesson, reads), reason: choice.reason };
    },
  );

  app.get(
    '/lessons/:id',
    {
      schema: {
        tags,
        summary: 'One lesson with its body; signed in, with readAt (or null).',
        params,
        response: { 200: lessonAnswerSchema },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request.user);
      const lesson = await found(request.params.id, request.locale);
      reply.header('cache-control', scope ? 'no-store' : 'public, max-age=3600').header('vary', VARY);
      const reads = await readsOf(scope);
      return { lesson: { ...summaryOf(lesson, reads), body: lesson.body } };
    },
  );

  app.put(
    '/lessons/:id/read',
    {
      schema: {
        tags,
        summary: 'Marks a lesson read (keeping the first time) or unread. Idempotent.',
        params,
        body: lessonReadInputSchema,
        response: { 200: lessonReadAnswerSchema },
      },
    },
    async (request) => {
      const { scope } = request.requireUser();
      const lesson = await found(request.params.id, 'en');
      const readAt = await markLessonRead(scope, lesson, request.body.read, clock());
      return { lesson: { id: lesson.id, readAt } };
    },
  );
};
