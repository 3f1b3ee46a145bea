import {
  applySessionPatch,
  customIdOf,
  type ErrorDetail,
  formatWithOffset,
  isBoneFragile,
  localDateOf,
  offsetMinutesOf,
  progressionAdvice,
  type Session,
  type SessionInput,
  type SessionPatch,
  sessionInputSchema,
  sessionListQuerySchema,
  sessionPatchSchema,
} from '@spinekind/core';
import { and, gte, lte, type SQL } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { checkinResource } from '../checkins/store.js';
import { checkins, exerciseSessions } from '../db/schema/index.js';
import { type ItemsOf, type ResourceDef, resourceStore } from '../crud/store.js';
import {
  checkCustomExerciseRefs,
  customExerciseResource,
  customRoutineResource,
  userLibrary,
} from './exercises.js';
import { loadProfile } from '../profile/store.js';

type Row = typeof exerciseSessions.$inferSelect;
// As for check-ins: clocks drift and zones reach 14 hours ahead of UTC; beyond a day ahead is a mistake.
const FUTURE_SLACK_MS = 24 * 3600_000;
/** Progression reads this many days of sessions, and two weeks more of check-ins for the usual level. */
const PROGRESSION_DAYS = 90;

function toSession(raw: Record<string, unknown>): Session {
  const row = raw as Row;
  return {
    id: row.id,
    routineId: row.routineId,
    startedAt: formatWithOffset(row.startedAt.getTime(), row.utcOffsetMinutes),
    // One offset per session: the end is written in the offset the session started in.
    endedAt: formatWithOffset(row.endedAt.getTime(), row.utcOffsetMinutes),
    exercises: (row.exercises as Session['exercises']) ?? null,
    painBefore: row.painBefore as number,
    painAfter: row.painAfter as number,
    effort: row.effort as number,
    rating: row.rating as Session['rating'],
    notes: row.notes,
    localDate: row.localDate,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toValues(input: Omit<SessionInput, 'id'>): Record<string, unknown> {
  return {
    routineId: input.routineId,
    startedAt: new Date(input.startedAt),
    endedAt: new Date(input.endedAt),
    utcOffsetMinutes: offsetMinutesOf(input.startedAt),
    localDate: localDateOf(input.startedAt),
    exercises: input.exercises ?? null,
    painBefore: input.painBefore,
    painAfter: input.painAfter,
    effort: input.effort,
    rating: input.rating,
    notes: input.notes ?? null,
  };
}

/** Not in the future; a custom routine or exercise must be one of the user's own (archived ones count). */
function check(input: Omit<SessionInput, 'id'>, items: ItemsOf, now: Date): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (Date.parse(input.startedAt) > now.getTime() + FUTURE_SLACK_MS)
    problems.push({ path: 'startedAt', message: "A session can't start in the future." });
  const routineUuid = customIdOf(input.routineId);
  if (routineUuid && !items(customRoutineResource).some((r) => r.id === routineUuid))
    problems.push({ path: 'routineId', message: 'There is no custom routine with this id.' });
  const refs = (input.exercises ?? []).map((e, i) => ({
    path: `exercises.${i}.exerciseId`,
    ref: e.exerciseId,
  }));
  problems.push(...checkCustomExerciseRefs(refs, items));
  return problems;
}

export const sessionResource: ResourceDef<Session, SessionInput, SessionPatch> = {
  plural: 'sessions',
  singular: 'session',
  table: exerciseSessions,
  input: sessionInputSchema,
  patch: sessionPatchSchema,
  toValues,
  fromRow: toSession,
  merge: (current, patch) => {
    const { id: _id, ...input } = applySessionPatch(current, patch);
    return input;
  },
  listQuery: {
    // Both bounds are optional; the generic list route types its query as plain strings.
    schema: sessionListQuerySchema as unknown as z.ZodType<Record<string, string>>,
    where: (q) =>
      and(
        q.from ? gte(exerciseSessions.localDate, q.from) : undefined,
        q.to ? lte(exerciseSessions.localDate, q.to) : undefined,
      ) as SQL,
  },
  orderBy: [exerciseSessions.startedAt, exerciseSessions.createdAt],
  check: { needs: [customRoutineResource, customExerciseResource], run: check },
  derivedFields: ['localDate'],
};

const dayOffset = (now: Date, days: number) =>
  new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** `GET /progression`: pain-monitoring advice per routine from recent sessions and next-morning check-ins. */
export const progressionRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  app.get(
    '/progression',
    {
      schema: {
        tags: ['sessions'],
        summary:
          'Pain-monitoring advice per routine: step_back, keep or progress, with a reason and suggestions.',
      },
    },
    async (request) => {
      const { scope } = request.requireUser();
      const now = clock();
      const from = dayOffset(now, -PROGRESSION_DAYS);
      const [sessions, painCheckins, library, profile] = await Promise.all([
        resourceStore(sessionResource, scope).list(gte(exerciseSessions.localDate, from)),
        resourceStore(checkinResource, scope).list(
          gte(checkins.localDate, dayOffset(now, -PROGRESSION_DAYS - 14)),
        ),
        userLibrary(scope),
        loadProfile(scope),
      ]);
      return {
        items: progressionAdvice(sessions, painCheckins, library, { boneSafeOnly: isBoneFragile(profile) }),
      };
    },
  );
};
