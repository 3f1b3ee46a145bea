import type { CustomExercise, CustomRoutine } from './custom.js';
import { customRef } from './custom.js';
import type { Dose, RoutineItem } from './types.js';

/** What progression and plans need to know of an exercise: catalogue (`Exercise`) or custom. */
export interface LibraryExercise {
  id: string;
  name: string;
  dose: Dose;
  easier?: string;
  harder?: string;
  /** Unknown (`undefined`) for custom exercises: the user's physiotherapist decides those. */
  boneSafe?: boolean;
}

export interface LibraryRoutine {
  id: string;
  name: string;
  items: RoutineItem[];
}

/** Finds exercises and routines by id: the catalogue, plus the user's own as `custom:<uuid>`. */
export interface Library {
  exercise(id: string): LibraryExercise | undefined;
  routine(id: string): LibraryRoutine | undefined;
}

/** A library over the catalogue lookups and the user's custom exercises and routines (archived ones included). */
export function libraryOf(
  catalogue: Library,
  custom: { exercises?: readonly CustomExercise[]; routines?: readonly CustomRoutine[] } = {},
): Library {
  const exercises = new Map<string, LibraryExercise>(
    (custom.exercises ?? []).map((e) => [
      customRef(e.id),
      { id: customRef(e.id), name: e.name, dose: e.dose },
    ]),
  );
  const routines = new Map<string, LibraryRoutine>(
    (custom.routines ?? []).map((r) => [
      customRef(r.id),
      { id: customRef(r.id), name: r.name, items: r.items },
    ]),
  );
  return {
    exercise: (id) => exercises.get(id) ?? catalogue.exercise(id),
    routine: (id) => routines.get(id) ?? catalogue.routine(id),
  };
}

/** The dose of one routine item: its own, else the exercise's default. */
export function doseOf(item: RoutineItem, library: Library): Dose | undefined {
  return item.dose ?? library.exercise(item.exerciseId)?.dose;
}
