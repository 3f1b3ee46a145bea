import { boneSafeAlternative, exerciseById } from './catalogue.js';
import type { Exercise } from './types.js';

/**
 * The one source cited for exercise with fragile bones, in the app and in the API's notes.
 * Consensus built on limited trial evidence (grade C); see the exercises README.
 */
export const BONE_CONSENSUS_CITATION =
  'Brooke-Wavell K. et al., “Strong, steady and straight: UK consensus statement on physical activity and exercise for osteoporosis”, Br J Sports Med 2022';

/**
 * For each exercise that is not bone-safe: bone-safe exercises with the same aim, best first.
 * A routine takes the first one it does not already hold, so a swap never repeats an exercise.
 * Same aim, same position where we can: floor stretches for floor stretches, chair work for chair work.
 */
export const SAME_AIM_SWAPS: Readonly<Record<string, readonly string[]>> = {
  // Spinal mobility on all fours → rocking, a small pelvic movement, gentle extension.
  'cat-cow': ['four-point-rock', 'pelvic-tilt', 'sphinx', 'thoracic-extension-chair'],
  // Lower-back and buttock stretch lying down → small lying movements and hip stretches.
  'knee-to-chest': [
    'pelvic-tilt',
    'heel-slide',
    'figure-4-stretch',
    'hamstring-stretch-strap',
    'bent-knee-fall-out',
  ],
  // A resting stretch → rocking back without rounding, gentle extension, easy lying movements.
  'childs-pose': ['four-point-rock', 'sphinx', 'pelvic-tilt', 'bent-knee-fall-out', 'box-breathing'],
  // Easy rotation lying down → hip movements lying down that keep the back still.
  'lower-trunk-rotation': [
    'bent-knee-fall-out',
    'heel-slide',
    'figure-4-stretch',
    'hip-flexor-stretch',
    'clamshell',
  ],
  // Upper-back mobility → extension over a chair, wall angels, opening the chest.
  'thread-the-needle': ['thoracic-extension-chair', 'wall-angel', 'desk-chest-stretch', 'shoulder-rolls'],
  // Seated mobility → seated tall reach, upper-back extension and chest opening on the chair.
  'seated-twist': [
    'seated-tall-reach',
    'thoracic-extension-chair',
    'desk-chest-stretch',
    'shoulder-rolls',
    'wall-angel',
  ],
};

/**
 * The bone-safe exercise to play instead of `exercise`: the first of its same-aim list, then of
 * its `easier` chain, that is not in `taken`; `undefined` when every one is taken or none exists.
 */
export function boneSafeSwap(exercise: Exercise, taken: ReadonlySet<string>): Exercise | undefined {
  const listed = (SAME_AIM_SWAPS[exercise.id] ?? []).map(exerciseById);
  for (const candidate of [...listed, boneSafeAlternative(exercise)]) {
    if (candidate?.boneSafe && !taken.has(candidate.id)) return candidate;
  }
  return undefined;
}
