import { exerciseById } from './catalogue.js';
import { hold, reps } from './dose.js';
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

/** The built-in routines. Targets (tested to ±15%) are in each description's first words. */
export const routines: readonly Routine[] = [
  {
    id: 'morning-5',
    name: 'Morning mobility',
    description: 'Five gentle minutes to ease a stiff back after the night, all bone-safe.',
    tags: ['mobility'],
    transitionSeconds: 8,
    items: [
      { exerciseId: 'pelvic-tilt' },
      { exerciseId: 'glute-bridge', dose: reps(8, 1, 4) },
      { exerciseId: 'four-point-rock' },
      { exerciseId: 'bird-dog', dose: reps(4, 1, 5, { perSide: true }) },
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
    items: [
      { exerciseId: 'seated-tall-reach' },
      { exerciseId: 'standing-back-extension', dose: reps(6, 1, 5) },
      { exerciseId: 'desk-chest-stretch', dose: hold(25) },
    ],
  },
  {
    id: 'desk-stand-up',
    name: 'Desk break: stand up and move',
    description: 'Two minutes on your feet to wake up your legs and back.',
    tags: ['desk', 'strength'],
    transitionSeconds: 5,
    items: [
      { exerciseId: 'sit-to-stand', dose: reps(8, 1, 4) },
      { exerciseId: 'calf-raise', dose: reps(10, 1, 3) },
      { exerciseId: 'standing-back-extension' },
    ],
  },
];

const byId = new Map(routines.map((r) => [r.id, r]));

/** The built-in routine with this id, if there is one. */
export function routineById(id: string): Routine | undefined {
  return byId.get(id);
}
