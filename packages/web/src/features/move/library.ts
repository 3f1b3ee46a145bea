import {
  type CustomExercise,
  type CustomRoutine,
  customRef,
  type Dose,
  type Exercise,
  type LocalizedLibrary,
  type Routine,
  type RoutineEvidence,
  routineSeconds,
} from '@spinekind/core';
import { englishCatalogue } from './catalogue';

/** An exercise as the Move screens show it: from the catalogue, or one she added herself. */
export type MoveExercise = Omit<Exercise, 'boneSafe' | 'illustration' | 'alt'> & {
  /** Unknown for her own exercises: her physiotherapist decides those. */
  boneSafe?: boolean;
  illustration?: string;
  alt?: string;
  link?: string | null;
  custom: boolean;
};

/** A routine with every item's dose filled in, ready for the player. */
export interface MoveRoutine {
  id: string;
  name: string;
  description: string;
  tags: Routine['tags'];
  items: { exerciseId: string; dose: Dose }[];
  transitionSeconds: number;
  custom: boolean;
  /** Built-in routines: the lesson that explains them, and the grade of relaxation sessions. */
  lessonId?: string;
  evidence?: RoutineEvidence;
}

/** Seconds to get into position between exercises of her own routines. */
const CUSTOM_TRANSITION_SECONDS = 10;

export const fromCatalogue = (e: Exercise): MoveExercise => ({ ...e, custom: false });

export function fromCustom(e: CustomExercise): MoveExercise {
  return {
    id: customRef(e.id),
    name: e.name,
    purpose: e.notes ?? '',
    steps: e.steps,
    cues: e.steps.slice(0, 1),
    mistakes: [],
    equipment: [],
    dose: e.dose,
    tags: [],
    cautions: [],
    link: e.link,
    custom: true,
  };
}

/**
 * Looks exercises and routines up in the bundled catalogue first (in her language: `useCatalogue`),
 * then among her own.
 */
export function lookup(
  custom: { exercises: readonly CustomExercise[]; routines: readonly CustomRoutine[] },
  catalogue: Pick<LocalizedLibrary, 'exerciseById' | 'routineById'> = englishCatalogue,
) {
  const own = new Map(custom.exercises.map((e) => [customRef(e.id), fromCustom(e)]));
  const ownRoutines = new Map(custom.routines.map((r) => [customRef(r.id), r]));
  const exercise = (id: string): MoveExercise | undefined => {
    const found = catalogue.exerciseById(id);
    return found ? fromCatalogue(found) : own.get(id);
  };
  const routine = (id: string): MoveRoutine | undefined => {
    const found = catalogue.routineById(id);
    const source = found ?? ownRoutines.get(id);
    if (!source) return undefined;
    const items = source.items.flatMap((item) => {
      const dose = item.dose ?? exercise(item.exerciseId)?.dose;
      return dose ? [{ exerciseId: item.exerciseId, dose }] : [];
    });
    return found
      ? { ...found, items, custom: false }
      : {
          id,
          name: source.name,
          description: '',
          tags: [],
          items,
          transitionSeconds: CUSTOM_TRANSITION_SECONDS,
          custom: true,
        };
  };
  return { exercise, routine };
}
export type Lookup = ReturnType<typeof lookup>;

/** Whole minutes for a routine card (core's count: doses, rests and transitions), never below 1. */
export function routineMinutes(r: MoveRoutine): number {
  return Math.max(1, Math.round(routineSeconds(r) / 60));
}
