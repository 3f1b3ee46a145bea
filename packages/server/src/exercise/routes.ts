import {
  type BoneSwap,
  boneCaution,
  boneNoteIn,
  type CustomExercise,
  type CustomRoutine,
  customRef,
  DomainError,
  type Dose,
  type ExerciseTag,
  exerciseById,
  exerciseHistory,
  exerciseHistoryAnswer,
  exerciseProgression,
  exercisesAnswer,
  exercisesIn,
  isBoneFragile,
  isExerciseRef,
  type Library,
  type Locale,
  libraryIn,
  libraryOf,
  type Profile,
  progressionAdvice,
  progressionAnswer,
  type Routine,
  type RoutineEvidence,
  routineForBones,
  routineSeconds,
  routinesViewAnswer,
} from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { crudRoutes } from '../crud/routes.js';
import { resourceStore } from '../crud/store.js';
import type { Db } from '../db/client.js';
import { type UserScope, userScope } from '../db/scope.js';
import { compressedOnce, fixedAnswers } from '../http/fixed-answer.js';
import { loadProfile } from '../profile/store.js';
import {
  customExerciseResource,
  customRoutineResource,
  progressionInputs,
  sessionResource,
  userLibrary,
} from './store.js';

interface RoutineView {
  id: string;
  name: string;
  description: string;
  tags: ExerciseTag[];
  exercises: string[];
  items: { exerciseId: string; dose: Dose | null }[];
  totalSeconds: number;
  transitionSeconds: number;
  custom: boolean;
  /** Set when the routine was adapted for fragile bones (or holds exercises usually avoided then). */
  boneNote: string | null;
  boneSwaps: BoneSwap[];
  /** The lesson that explains the routine (`/learn/<id>` in the app), and its grade where it has one. */
  lessonId: string | null;
  evidence: RoutineEvidence | null;
}

function viewOf(
  routine: Routine,
  library: Library,
  custom: boolean,
  bones: { note: string | null; swaps: BoneSwap[] },
): RoutineView {
  const items = routine.items.map((i) => ({
    exerciseId: i.exerciseId,
    dose: i.dose ?? library.exercise(i.exerciseId)?.dose ?? null,
  }));
  return {
    id: routine.id,
    name: routine.name,
    description: routine.description,
    tags: routine.tags,
    exercises: [...new Set(items.map((i) => i.exerciseId))],
    items,
    totalSeconds: routineSeconds(routine, (id) => library.exercise(id)),
    transitionSeconds: routine.transitionSeconds,
    custom,
    boneNote: bones.note,
    boneSwaps: bones.swaps,
    lessonId: routine.lessonId ?? null,
    evidence: routine.evidence ?? null,
  };
}

// Custom routines have no transition time of their own; this matches the short catalogue ones.
const CUSTOM_TRANSITION_SECONDS = 8;

/** Her bone-health answer as it changed the routines: which condition and the note, or `null`. */
type RoutineBones = { condition: 'osteoporosis' | 'osteopenia'; note: string } | null;

async function routineViews(
  scope: UserScope | undefined,
  locale: Locale,
): Promise<{ items: RoutineView[]; bones: RoutineBones }> {
  const [profile, ownExercises, ownRoutines]: [Profile, CustomExercise[], CustomRoutine[]] = scope
    ? await Promise.all([
        loadProfile(scope),
        resourceStore(customExerciseResource, scope).list(),
        resourceStore(customRoutineResource, scope).list(),
      ])
    : [{}, [], []];
  // Built-in routines and exercises in her language; her own stay as she wrote them.
  const inHerLanguage = libraryIn(locale);
  const library = libraryOf(inHerLanguage.library, { exercises: ownExercises, routines: ownRoutines });
  const catalogue = inHerLanguage.routines.map((r) => {
    const safe = routineForBones(r, profile, locale);
    return viewOf(safe.routine, library, false, { note: safe.note, swaps: safe.swaps });
  });
  // Her own routines play as she built them; with fragile bones they carry a caution instead.
  const mine = ownRoutines
    .filter((r) => !r.archivedAt)
    .map((r) => {
      const tags = [...new Set(r.items.flatMap((i) => exerciseById(i.exerciseId)?.tags ?? []))];
      const routine: Routine = {
        id: customRef(r.id),
        name: r.name,
        description: '',
        tags,
        transitionSeconds: CUSTOM_TRANSITION_SECONDS,
        items: r.items,
      };
      const caution = boneCaution(r, profile, {
        locale,
        nameOf: (id) => inHerLanguage.exerciseById(id)?.name,
      });
      return viewOf(routine, library, true, { note: caution, swaps: [] });
    });
  const bones: RoutineBones =
    profile.boneHealth === 'osteoporosis' || profile.boneHealth === 'osteopenia'
      ? { condition: profile.boneHealth, note: boneNoteIn(locale) }
      : null;
  return { items: [...catalogue, ...mine], bones };
}

/**
 * The catalogue (public, cacheable) and the routines, with the signed-in user's own routines added; her
 * custom exercises, custom routines and sessions (create · list · get · patch · archive or delete); and
 * `GET /progression`.
 */
export const exerciseRoutes: FastifyPluginAsyncZod<{ db: Db; clock: () => Date }> = async (
  app,
  { db, clock },
) => {
  // The same for everyone in a language (~106 KB): serialised and compressed once per language.
  const catalogue = fixedAnswers(exercisesAnswer, (locale: Locale) => ({ items: exercisesIn(locale) }));
  app.get(
    '/exercises',
    {
      schema: {
        tags: ['exercises'],
        summary:
          'The exercise catalogue with drawings (SVG) and alt text, in her language; no sign-in needed, cacheable.',
        response: { 200: exercisesAnswer },
      },
      ...compressedOnce,
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return catalogue(request, reply, request.locale, 'accept-language');
    },
  );

  app.get(
    '/routines',
    {
      schema: {
        tags: ['exercises'],
        summary:
          'Built-in routines (bone-safe when her profile says osteoporosis or osteopenia, named in `bones`) and, signed in, her own as custom:<id>.',
        response: { 200: routinesViewAnswer },
      },
    },
    async (request, reply) => {
      const scope = request.user ? userScope(db, request.user.id) : undefined;
      reply
        .header('cache-control', scope ? 'no-store' : 'public, max-age=3600')
        .header('vary', 'cookie, accept-language');
      // `bones` says which bone-health answer shaped these routines, so the app can keep both together.
      return routineViews(scope, request.locale);
    },
  );

  // Her own exercises and routines (archived, never deleted: old sessions still name them) and sessions.
  crudRoutes(app, '/custom-exercises', customExerciseResource, clock);
  crudRoutes(app, '/custom-routines', customRoutineResource, clock);
  crudRoutes(app, '/sessions', sessionResource, clock);

  // Pain-monitoring advice per routine from recent sessions and next-morning check-ins.
  app.get(
    '/progression',
    {
      schema: {
        tags: ['sessions'],
        summary:
          'Pain-monitoring advice per routine: step_back, keep or progress, with a reason and suggestions.',
        response: { 200: progressionAnswer },
      },
    },
    async (request) => {
      const { scope } = request.requireUser();
      const [{ sessions, checkins }, library, profile] = await Promise.all([
        progressionInputs(scope, clock()),
        userLibrary(scope),
        loadProfile(scope),
      ]);
      return {
        items: progressionAdvice(sessions, checkins, library, {
          boneSafeOnly: isBoneFragile(profile),
          locale: request.locale,
        }),
        exercises: exerciseProgression(sessions, checkins, request.locale),
      };
    },
  );

  // Her logged sets of one exercise, and per week the best set and the volume.
  app.get(
    '/exercises/:id/history',
    {
      schema: {
        tags: ['sessions'],
        params: z.strictObject({ id: z.string().max(100) }),
        summary: 'Her logged sets of one exercise (oldest first) and, per week, the best set and the volume.',
        response: { 200: exerciseHistoryAnswer },
      },
    },
    async (request) => {
      const { scope } = request.requireUser();
      const { id } = request.params;
      if (!isExerciseRef(id)) throw new DomainError('not_found', 'There is no exercise with this id.');
      const sessions = await resourceStore(sessionResource, scope).list();
      return { exerciseId: id, ...exerciseHistory(sessions, id) };
    },
  );
};
