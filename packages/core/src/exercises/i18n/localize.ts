import { withTexts } from '../../i18n/catalogue.js';
import { exercises } from '../catalogue.js';
import type { Library } from '../library.js';
import { routines } from '../routines.js';
import { boneRoutines } from '../routines-bones.js';
import type { Exercise, Routine } from '../types.js';
import { type WalkingWeek, walkingPlan } from '../walking-plan.js';
import type { ExerciseLanguage } from './texts.js';

/**
 * The library with one language's texts laid over the English entries (ids, doses, drawings and
 * bone-safety stay). `undefined` is English. An entry a translation lacks stays English (the
 * completeness test keeps that from shipping). Her own exercises and routines are never translated.
 */
export interface LocalizedLibrary {
  exercises: readonly Exercise[];
  /** The listed built-in routines (as `routines`). */
  routines: readonly Routine[];
  walkingPlan: readonly WalkingWeek[];
  exerciseById(id: string): Exercise | undefined;
  /** Any built-in routine by id, the bone programme's too (as `routineById`). */
  routineById(id: string): Routine | undefined;
  /** The catalogue as a `Library` for progression and plans (as `catalogueLibrary`). */
  library: Library;
}

/** Lays a language's texts over the whole library; see `LocalizedLibrary`. */
export function localizeLibrary(language: ExerciseLanguage | undefined): LocalizedLibrary {
  const localExercises = language ? exercises.map((e) => withTexts(e, language.exercises[e.id])) : exercises;
  const localRoutine = (r: Routine) => (language ? withTexts(r, language.routines[r.id]) : r);
  const localRoutines = routines.map(localRoutine);
  const exerciseMap = new Map(localExercises.map((e) => [e.id, e]));
  const routineMap = new Map([...localRoutines, ...boneRoutines.map(localRoutine)].map((r) => [r.id, r]));
  const exerciseById = (id: string) => exerciseMap.get(id);
  const routineById = (id: string) => routineMap.get(id);
  return {
    exercises: localExercises,
    routines: localRoutines,
    walkingPlan: language ? walkingPlan.map((w) => withTexts(w, language.walking[w.week])) : walkingPlan,
    exerciseById,
    routineById,
    library: { exercise: exerciseById, routine: routineById },
  };
}
