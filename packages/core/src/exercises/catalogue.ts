import { boneExercises } from './catalogue-bones.js';
import { coreExercises } from './catalogue-core.js';
import { deskExercises } from './catalogue-desk.js';
import { mobilityExercises } from './catalogue-mobility.js';
import { relaxExercises } from './catalogue-relax.js';
import { strengthExercises } from './catalogue-strength.js';
import { walkBreatheExercises } from './catalogue-walk-breathe.js';
import type { Exercise } from './types.js';

/** Every built-in exercise, in our own words (see README.md for the bone-safe rule and sources). */
export const exercises: readonly Exercise[] = [
  ...mobilityExercises,
  ...coreExercises,
  ...strengthExercises,
  ...deskExercises,
  ...walkBreatheExercises,
  ...relaxExercises,
  ...boneExercises,
];

const byId = new Map(exercises.map((e) => [e.id, e]));

/** The catalogue exercise with this id, if there is one. */
export function exerciseById(id: string): Exercise | undefined {
  return byId.get(id);
}

/**
 * The first bone-safe exercise on the way down the `easier` chain, starting with the exercise
 * itself; `undefined` when the chain has none. Plans for fragile bones use it to swap exercises.
 */
export function boneSafeAlternative(exercise: Exercise): Exercise | undefined {
  const seen = new Set<string>();
  let current: Exercise | undefined = exercise;
  while (current && !seen.has(current.id)) {
    if (current.boneSafe) return current;
    seen.add(current.id);
    current = current.easier ? byId.get(current.easier) : undefined;
  }
  return undefined;
}
