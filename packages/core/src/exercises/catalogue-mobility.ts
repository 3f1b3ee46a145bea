import { reps } from './dose.js';
import { drawn } from './illustrations/drawn.js';
import type { Exercise } from './types.js';

/** Gentle mobility for the spine and hips, mostly on the floor. */
export const mobilityExercises: readonly Exercise[] = [
  drawn({
    id: 'four-point-rock',
    name: 'Four-point rock back',
    purpose: 'Loosens the hips and lower back on hands and knees while your back stays long and supported.',
    steps: [
      'Come onto your hands and knees, hands under your shoulders and knees under your hips.',
      'Let your back be long and level, with your neck in line and your eyes on the floor.',
      'Slowly rock your hips back towards your heels, only as far as your back stays long.',
      'Rock forward again until your shoulders are over your hands.',
    ],
    cues: ['Long back, soft elbows', 'Move from the hips', 'Breathe easily'],
    mistakes: ['Letting the back round as you rock back.', 'Dropping the head or craning to look up.'],
    harder: 'bird-dog',
    equipment: ['mat'],
    dose: reps(8, 1, 4),
    tags: ['mobility', 'yoga'],
    cautions: [
      'If kneeling is uncomfortable, fold the mat or put a cushion under your knees.',
      'If your wrists complain, rest on your fists instead of flat hands.',
    ],
    boneSafe: true,
    alt: 'A person on hands and knees with a long, flat back; a dashed outline shows the hips rocked back towards the heels.',
  }),
  drawn({
    id: 'cat-cow',
    name: 'Cat–cow',
    purpose: 'Moves the whole spine through rounding and arching to ease morning stiffness.',
    steps: [
      'Start on your hands and knees, hands under your shoulders and knees under your hips.',
      'Breathe out, tuck your tailbone and round your back up towards the ceiling, letting your head drop.',
      'Breathe in, let your tummy sink, lift your chest and look slightly forward.',
      'Move slowly between the two, staying in the range that feels easy.',
    ],
    cues: ['Move with your breath', 'Let your tailbone lead', 'Stay in the easy range'],
    mistakes: ['Forcing the ends of the movement.', 'Throwing the head back when you arch.', 'Rushing.'],
    easier: 'four-point-rock',
    equipment: ['mat'],
    dose: reps(8, 1, 6),
    tags: ['mobility', 'yoga'],
    cautions: [
      'The rounding part bends the spine fully forward. If you have osteoporosis or have been told your bones are thin, choose the four-point rock back instead.',
      'Keep the arch small if leaning back tends to bring on pain or tingling in a leg.',
    ],
    boneSafe: false,
    alt: 'A person on hands and knees with the back rounded up like a cat; a dashed line shows the back dipping and the head lifting.',
  }),
];
