import { exerciseById } from './catalogue.js';
import { hold, reps } from './dose.js';
import { boneRoutines } from './routines-bones.js';
import { relaxRoutines } from './routines-relax.js';
import type { Dose, Routine } from './types.js';

/** Seconds one dose takes: every set (both sides when `perSide`) plus the rests between sets. */
export function doseSeconds(dose: Dose): number {
  const sides = dose.perSide ? 2 : 1;
  const perSet = dose.kind === 'time' ? dose.seconds : dose.reps * dose.secondsPerRep;
  return Math.round(perSet * sides * dose.sets + (dose.restSeconds ?? 0) * (dose.sets - 1));
}

/**
 * Total seconds of a routine: each item's dose (its own, or the exercise's default found with
 * `lookup`) plus `transitionSeconds` between items. Items whose exercise is unknown count 0.
 */
export function routineSeconds(
  routine: Routine,
  lookup: (id: string) => { dose: Dose } | undefined = exerciseById,
): number {
  let total = routine.transitionSeconds * Math.max(0, routine.items.length - 1);
  for (const item of routine.items) {
    const dose = item.dose ?? lookup(item.exerciseId)?.dose;
    if (dose) total += doseSeconds(dose);
  }
  return total;
}

/** The built-in routines. Morning, desk and relaxation routines use only bone-safe exercises. */
export const routines: readonly Routine[] = [
  {
    id: 'morning-5',
    name: 'Morning mobility',
    description:
      'Five gentle minutes to ease a stiff back after the night, from lying down to standing. All bone-safe.',
    tags: ['mobility'],
    transitionSeconds: 8,
    lessonId: 'exercise-helps',
    items: [
      { exerciseId: 'pelvic-tilt' },
      { exerciseId: 'glute-bridge', dose: reps(8, 1, 4) },
      { exerciseId: 'four-point-rock' },
      { exerciseId: 'bird-dog', dose: reps(4, 1, 5, { perSide: true }) },
      { exerciseId: 'hip-flexor-stretch', dose: hold(20, 1, { perSide: true }) },
      { exerciseId: 'standing-back-extension' },
      { exerciseId: 'seated-tall-reach' },
    ],
  },
  {
    id: 'desk-shoulders-neck',
    name: 'Desk break: shoulders and neck',
    description: 'Two minutes for a stiff neck and shoulders after screen time.',
    tags: ['desk', 'mobility'],
    transitionSeconds: 5,
    lessonId: 'posture-and-sitting',
    items: [
      { exerciseId: 'shoulder-rolls' },
      { exerciseId: 'chin-tuck' },
      { exerciseId: 'desk-chest-stretch' },
    ],
  },
  {
    id: 'desk-back-release',
    name: 'Desk break: back release',
    description: 'Two minutes to undo sitting, without bending forward or twisting.',
    tags: ['desk', 'mobility'],
    transitionSeconds: 5,
    lessonId: 'posture-and-sitting',
    items: [
      { exerciseId: 'seated-tall-reach' },
      { exerciseId: 'thoracic-extension-chair' },
      { exerciseId: 'standing-back-extension', dose: reps(8, 1, 5) },
    ],
  },
  {
    id: 'desk-stand-up',
    name: 'Desk break: stand up and move',
    description: 'Two minutes on your feet to wake up your legs and back.',
    tags: ['desk', 'strength'],
    transitionSeconds: 5,
    lessonId: 'movement-breaks',
    items: [
      { exerciseId: 'sit-to-stand', dose: reps(8, 1, 4) },
      { exerciseId: 'calf-raise', dose: reps(10, 1, 3) },
      { exerciseId: 'standing-hip-hinge', dose: reps(6, 1, 4) },
      { exerciseId: 'standing-back-extension' },
    ],
  },
  {
    id: 'pilates-core-15',
    name: 'Pilates-style core',
    description:
      'Fifteen minutes of slow, controlled work for the deep tummy, back and hip muscles, mostly lying down.',
    tags: ['pilates', 'core'],
    transitionSeconds: 15,
    lessonId: 'pilates',
    items: [
      { exerciseId: 'box-breathing' },
      { exerciseId: 'pelvic-tilt' },
      { exerciseId: 'bent-knee-fall-out' },
      { exerciseId: 'heel-slide' },
      { exerciseId: 'toe-tap' },
      { exerciseId: 'dead-bug' },
      { exerciseId: 'glute-bridge' },
      { exerciseId: 'bird-dog' },
      { exerciseId: 'modified-side-plank' },
    ],
  },
  {
    id: 'gentle-yoga-15',
    name: 'Gentle yoga',
    description: 'Fifteen unhurried minutes of yoga-style stretches and balance, moving with your breath.',
    tags: ['yoga', 'mobility'],
    transitionSeconds: 15,
    lessonId: 'yoga',
    items: [
      { exerciseId: 'box-breathing' },
      { exerciseId: 'four-point-rock' },
      { exerciseId: 'cat-cow', dose: reps(10, 1, 6) },
      { exerciseId: 'thread-the-needle' },
      { exerciseId: 'childs-pose' },
      { exerciseId: 'hip-flexor-stretch', dose: hold(45, 1, { perSide: true }) },
      { exerciseId: 'tree-pose', dose: hold(30, 1, { perSide: true }) },
      { exerciseId: 'sphinx', dose: hold(30, 3, { restSeconds: 10 }) },
      { exerciseId: 'figure-4-stretch', dose: hold(45, 1, { perSide: true }) },
      { exerciseId: 'hamstring-stretch-strap', dose: hold(45, 1, { perSide: true }) },
      { exerciseId: 'lower-trunk-rotation' },
    ],
  },
  {
    id: 'strength-a',
    name: 'Strength A',
    description: 'About 20–25 minutes for legs, buttocks, upper back and trunk with bodyweight and a band.',
    tags: ['strength', 'glutes'],
    transitionSeconds: 20,
    lessonId: 'strength-and-glutes',
    items: [
      { exerciseId: 'easy-walk', dose: hold(120) },
      { exerciseId: 'sit-to-stand', dose: reps(10, 3, 4, { restSeconds: 45 }) },
      { exerciseId: 'glute-bridge', dose: reps(12, 3, 4, { restSeconds: 45 }) },
      { exerciseId: 'band-row', dose: reps(12, 3, 3, { restSeconds: 45 }) },
      { exerciseId: 'clamshell-band', dose: reps(12, 2, 3, { perSide: true, restSeconds: 30 }) },
      { exerciseId: 'bird-dog' },
      { exerciseId: 'calf-raise', dose: reps(15, 2, 3, { restSeconds: 30 }) },
      { exerciseId: 'wall-push-up' },
    ],
  },
  {
    id: 'strength-b',
    name: 'Strength B',
    description: 'About 20–25 minutes, the partner to Strength A: holds, hinges and back strength.',
    tags: ['strength', 'glutes', 'core'],
    transitionSeconds: 20,
    lessonId: 'strength-and-glutes',
    items: [
      { exerciseId: 'easy-walk', dose: hold(120) },
      { exerciseId: 'wall-sit', dose: hold(30, 3, { restSeconds: 30 }) },
      { exerciseId: 'single-leg-bridge' },
      { exerciseId: 'band-pull-apart', dose: reps(12, 3, 3, { restSeconds: 45 }) },
      { exerciseId: 'standing-hip-hinge', dose: reps(10, 3, 4, { restSeconds: 45 }) },
      { exerciseId: 'modified-side-plank', dose: hold(20, 2, { perSide: true, restSeconds: 20 }) },
      { exerciseId: 'dead-bug' },
      { exerciseId: 'prone-back-extension' },
    ],
  },
  {
    id: 'evening-wind-down-10',
    name: 'Evening wind-down',
    description: 'Ten quiet minutes on the floor to let the day go: slow breathing and easy stretches.',
    tags: ['mobility', 'breathing'],
    transitionSeconds: 12,
    lessonId: 'stretching',
    items: [
      { exerciseId: 'box-breathing', dose: hold(120) },
      { exerciseId: 'pelvic-tilt' },
      { exerciseId: 'bent-knee-fall-out' },
      { exerciseId: 'knee-to-chest' },
      { exerciseId: 'figure-4-stretch' },
      { exerciseId: 'hamstring-stretch-strap' },
      { exerciseId: 'lower-trunk-rotation' },
      { exerciseId: 'childs-pose', dose: hold(45) },
    ],
  },
  {
    id: 'travel-stretch-5',
    name: 'Travel stretch',
    description: 'Five minutes for a plane, train or car break: mostly seated, a little standing.',
    tags: ['mobility', 'desk'],
    transitionSeconds: 6,
    lessonId: 'travel-and-car',
    items: [
      { exerciseId: 'ankle-pumps' },
      { exerciseId: 'shoulder-rolls' },
      { exerciseId: 'chin-tuck' },
      { exerciseId: 'seated-tall-reach' },
      { exerciseId: 'seated-twist' },
      { exerciseId: 'desk-chest-stretch' },
      { exerciseId: 'standing-back-extension' },
      { exerciseId: 'calf-raise', dose: reps(12, 1, 3) },
    ],
  },
  ...relaxRoutines,
];

// The bone programme's routines are known by id (sessions name them) but not listed with the others.
const byId = new Map([...routines, ...boneRoutines].map((r) => [r.id, r]));

/** The built-in routine with this id (the bone programme's too), if there is one. */
export function routineById(id: string): Routine | undefined {
  return byId.get(id);
}
