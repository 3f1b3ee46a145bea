import {
  applySessionPatch,
  type CustomExercise,
  type CustomExerciseInput,
  type CustomExercisePatch,
  type CustomRoutine,
  type CustomRoutineInput,
  type CustomRoutinePatch,
  catalogueLibrary,
  customExerciseAnswers,
  customExerciseInputSchema,
  customExercisePatchSchema,
  customIdOf,
  customRef,
  customRoutineAnswers,
  customRoutineInputSchema,
  customRoutinePatchSchema,
  type Dose,
  type ErrorDetail,
  isInTheFuture,
  type Library,
  type Locale,
  libraryOf,
  type RoutineInfo,
  routineIn,
  routineSeconds,
  type Session,
  type SessionInput,
  type SessionPatch,
  sessionAnswers,
  sessionInputSchema,
  sessionListQuerySchema,
  sessionPatchSchema,
} from '@spinekind/core';
import { and, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { checkinsBetween } from '../checkins/store.js';
import { type EditableResourceDef, type ItemsOf, resourceStore } from '../crud/store.js';
import { asRecorded, localMomentValues, onLocalDates } from '../db/schema/columns.js';
import { firstDay, type UserScope } from '../db/scope.js';
import { customExercises, customRoutines, exerciseSessions } from './table.js';

const iso = (d: unknown) => (d instanceof Date ? d.toISOString() : null);

export const customExerciseResource: EditableResourceDef<
  CustomExercise,
  CustomExerciseInput,
  CustomExercisePatch
> = {
  key: 'custom-exercises',
  singular: 'exercise',
  answers: customExerciseAnswers,
  table: customExercises,
  input: customExerciseInputSchema,
  patch: customExercisePatchSchema,
  toValues: ({ name, steps, dose, link, notes }) => ({
    name,
    steps,
    dose,
    link: link ?? null,
    notes: notes ?? null,
  }),
  fromRow: (r) => {
    const row = r as typeof customExercises.$inferSelect;
    return {
      id: row.id,
      name: row.name,
      steps: row.steps,
      dose: row.dose as Dose,
      link: row.link,
      notes: row.notes,
      archivedAt: iso(row.archivedAt),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  },
  merge: ({ name, steps, dose, link, notes }, patch) =>
    customExerciseInputSchema.parse({ name, steps, dose, link, notes, ...patch }),
  orderBy: [customExercises.createdAt],
  // Archived exercises stay readable in routines and sessions that used them.
  removal: 'archive',
};

/** Problems for `custom:<uuid>` references that are not among the user's own (archived ones count). */
export function checkCustomExerciseRefs(
  refs: readonly { path: string; ref: string }[],
  items: ItemsOf,
): ErrorDetail[] {
  const wanted = refs.filter((r) => customIdOf(r.ref) !== undefined);
  if (!wanted.length) return [];
  const own = new Set(items(customExerciseResource).map((e) => customRef(e.id)));
  return wanted
    .filter((r) => !own.has(r.ref))
    .map((r) => ({ path: r.path, message: 'There is no custom exercise with this id.' }));
}

export const customRoutineResource: EditableResourceDef<
  CustomRoutine,
  CustomRoutineInput,
  CustomRoutinePatch
> = {
  key: 'custom-routines',
  singular: 'routine',
  answers: customRoutineAnswers,
  table: customRoutines,
  input: customRoutineInputSchema,
  patch: customRoutinePatchSchema,
  toValues: ({ name, items }) => ({ name, items }),
  fromRow: (r) => {
    const row = r as typeof customRoutines.$inferSelect;
    return {
      id: row.id,
      name: row.name,
      items: row.items as CustomRoutine['items'],
      archivedAt: iso(row.archivedAt),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  },
  merge: ({ name, items }, patch) => customRoutineInputSchema.parse({ name, items, ...patch }),
  orderBy: [customRoutines.createdAt],
  check: {
    needs: [customExerciseResource],
    run: (input, items) =>
      checkCustomExerciseRefs(
        input.items.map((item, i) => ({ path: `items.${i}.exerciseId`, ref: item.exerciseId })),
        items,
      ),
  },
  removal: 'archive',
};

/** The catalogue plus the user's own exercises and routines (archived ones too, for old sessions). */
export async function userLibrary(scope: UserScope): Promise<Library> {
  const [own, built] = await Promise.all([
    resourceStore(customExerciseResource, scope).list(),
    resourceStore(customRoutineResource, scope).list(),
  ]);
  return libraryOf(catalogueLibrary, { exercises: own, routines: built });
}

type Row = typeof exerciseSessions.$inferSelect;

function toSession(raw: Record<string, unknown>): Session {
  const row = raw as Row;
  return {
    id: row.id,
    routineId: row.routineId,
    startedAt: asRecorded(row.startedAt, row.utcOffsetMinutes),
    // One offset per session: the end is written in the offset the session started in.
    endedAt: asRecorded(row.endedAt, row.utcOffsetMinutes),
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
    ...localMomentValues('startedAt', input.startedAt),
    endedAt: new Date(input.endedAt),
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
  if (isInTheFuture(input.startedAt, now))
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

export const sessionResource: EditableResourceDef<Session, SessionInput, SessionPatch> = {
  key: 'sessions',
  singular: 'session',
  answers: sessionAnswers,
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

/**
 * A routine by id as the calendar feed and reminders name it: catalogue routines by name and length
 * (in `locale`, her profile's language for jobs without a request), her own by the name she gave it.
 */
export async function routineLookup(scope: UserScope, locale: Locale = 'en') {
  const own = new Map(
    (await scope.db.select().from(customRoutines).where(scope.where(customRoutines))).map((r) => [
      r.id,
      r.name,
    ]),
  );
  return (id: string): RoutineInfo | undefined => {
    const builtIn = routineIn(id, locale);
    if (builtIn) {
      return {
        name: builtIn.name,
        minutes: Math.ceil(routineSeconds(builtIn) / 60),
        description: builtIn.description,
      };
    }
    const name = own.get(customIdOf(id) ?? '');
    return name === undefined ? undefined : { name, minutes: 10 };
  };
}

/** Her sessions on local dates from `from` (and up to `to`, both inclusive), in time order. */
export function sessionsBetween(scope: UserScope, from: string, to?: string): Promise<Session[]> {
  return resourceStore(sessionResource, scope).list(onLocalDates(exerciseSessions.localDate, from, to));
}

/** The day of her first session (of one of `routineIds`, when given), or null. */
export const firstSessionDay = (scope: UserScope, routineIds?: string[]) =>
  firstDay(
    scope,
    exerciseSessions,
    exerciseSessions.localDate,
    routineIds && inArray(exerciseSessions.routineId, routineIds),
  );

/**
 * What the insights' day-level drivers need of her sessions: the day of her first session (of any
 * routine, and of one of `relaxIds`) and each session in [from, to] with its routine and times.
 */
export async function sessionTimes(scope: UserScope, from: string, to: string, relaxIds: string[]) {
  const [first, firstRelax, rows] = await Promise.all([
    firstSessionDay(scope),
    firstSessionDay(scope, relaxIds),
    scope.db
      .select({
        routineId: exerciseSessions.routineId,
        localDate: exerciseSessions.localDate,
        startedAt: exerciseSessions.startedAt,
        endedAt: exerciseSessions.endedAt,
      })
      .from(exerciseSessions)
      .where(scope.where(exerciseSessions, onLocalDates(exerciseSessions.localDate, from, to))),
  ]);
  return { first, firstRelax, rows };
}

/** Progression reads this many days of sessions, and two weeks more of check-ins for the usual level. */
const PROGRESSION_DAYS = 90;
const dayOffset = (now: Date, days: number) =>
  new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** Her recent sessions and check-ins, as the pain-monitoring progression reads them. */
export async function progressionInputs(scope: UserScope, now: Date) {
  const [sessions, painCheckins] = await Promise.all([
    sessionsBetween(scope, dayOffset(now, -PROGRESSION_DAYS)),
    checkinsBetween(scope, dayOffset(now, -PROGRESSION_DAYS - 14)),
  ]);
  return { sessions, checkins: painCheckins };
}
