import {
  BONE_NOTE,
  type BoneSwap,
  boneCaution,
  type CustomExercise,
  type CustomExerciseInput,
  type CustomExercisePatch,
  type CustomRoutine,
  type CustomRoutineInput,
  type CustomRoutinePatch,
  catalogueLibrary,
  customExerciseInputSchema,
  customExercisePatchSchema,
  customIdOf,
  customRef,
  customRoutineInputSchema,
  customRoutinePatchSchema,
  type Dose,
  type ErrorDetail,
  type ExerciseTag,
  exerciseById,
  exercises,
  type Library,
  libraryOf,
  type Profile,
  type Routine,
  routineForBones,
  routineSeconds,
  routines,
} from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/client.js';
import { customExercises, customRoutines } from '../db/schema/index.js';
import { type UserScope, userScope } from '../db/scope.js';
import { type ItemsOf, type ResourceDef, resourceStore } from '../crud/store.js';
import { loadProfile } from '../profile/store.js';

const iso = (d: unknown) => (d instanceof Date ? d.toISOString() : null);

export const customExerciseResource: ResourceDef<CustomExercise, CustomExerciseInput, CustomExercisePatch> = {
  plural: 'custom-exercises',
  singular: 'exercise',
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

export const customRoutineResource: ResourceDef<CustomRoutine, CustomRoutineInput, CustomRoutinePatch> = {
  plural: 'custom-routines',
  singular: 'routine',
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
  };
}

// Custom routines have no transition time of their own; this matches the short catalogue ones.
const CUSTOM_TRANSITION_SECONDS = 8;

/** Her bone-health answer as it changed the routines: which condition and the note, or `null`. */
type RoutineBones = { condition: 'osteoporosis' | 'osteopenia'; note: string } | null;

async function routineViews(
  scope: UserScope | undefined,
): Promise<{ items: RoutineView[]; bones: RoutineBones }> {
  const [profile, ownExercises, ownRoutines]: [Profile, CustomExercise[], CustomRoutine[]] = scope
    ? await Promise.all([
        loadProfile(scope),
        resourceStore(customExerciseResource, scope).list(),
        resourceStore(customRoutineResource, scope).list(),
      ])
    : [{}, [], []];
  const library = libraryOf(catalogueLibrary, { exercises: ownExercises, routines: ownRoutines });
  const catalogue = routines.map((r) => {
    const safe = routineForBones(r, profile);
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
      return viewOf(routine, library, true, { note: boneCaution(r, profile), swaps: [] });
    });
  const bones: RoutineBones =
    profile.boneHealth === 'osteoporosis' || profile.boneHealth === 'osteopenia'
      ? { condition: profile.boneHealth, note: BONE_NOTE }
      : null;
  return { items: [...catalogue, ...mine], bones };
}

/** The catalogue (public, cacheable) and the routines, with the signed-in user's own routines added. */
export const exerciseRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/exercises',
    {
      schema: {
        tags: ['exercises'],
        summary: 'The exercise catalogue with drawings (SVG) and alt text; no sign-in needed, cacheable.',
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return { items: exercises };
    },
  );

  app.get(
    '/routines',
    {
      schema: {
        tags: ['exercises'],
        summary:
          'Built-in routines (bone-safe when her profile says osteoporosis or osteopenia, named in `bones`) and, signed in, her own as custom:<id>.',
      },
    },
    async (request, reply) => {
      const scope = request.user ? userScope(db, request.user.id) : undefined;
      reply.header('cache-control', scope ? 'no-store' : 'public, max-age=3600').header('vary', 'cookie');
      // `bones` says which bone-health answer shaped these routines, so the app can keep both together.
      return routineViews(scope);
    },
  );
};
