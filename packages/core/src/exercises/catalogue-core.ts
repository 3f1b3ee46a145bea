import { reps } from './dose.js';
import { drawn } from './illustrations/drawn.js';
import type { Exercise } from './types.js';

/** Pilates-style control of the trunk: small, steady movements with the back supported. */
export const coreExercises: readonly Exercise[] = [
  drawn({
    id: 'pelvic-tilt',
    name: 'Pelvic tilt',
    purpose: 'Wakes up the deep tummy muscles and eases a stiff lower back with a small rocking movement.',
    steps: [
      'Lie on your back with your knees bent and your feet flat, hip-width apart.',
      'Rest your arms by your sides and let your back settle into its natural curve.',
      'Breathe out and gently tighten your tummy so the small of your back eases towards the floor.',
      'Breathe in and let your pelvis rock back to where it started.',
    ],
    cues: ['Small and slow', 'Breathe out as you tilt', 'Buttocks stay down'],
    mistakes: [
      'Pushing with your legs or lifting your hips.',
      'Holding your breath.',
      'Making the movement big and fast.',
    ],
    harder: 'glute-bridge',
    equipment: ['mat'],
    dose: reps(10, 1, 4),
    tags: ['mobility', 'core', 'pilates'],
    cautions: ['Keep the movement within what feels comfortable: it should feel like easing, not straining.'],
    boneSafe: true,
    alt: 'A person lying on their back with knees bent and feet flat; an arrow shows the pelvis gently rocking.',
  }),
  drawn({
    id: 'bird-dog',
    name: 'Bird dog',
    purpose:
      'Builds steady control of your trunk by reaching out an arm and the opposite leg while your back stays still.',
    steps: [
      'Start on your hands and knees with a long, level back.',
      'Gently tighten your tummy, as if bracing for a light tap.',
      'Slide one leg back and lift it to hip height while you reach the opposite arm forward.',
      'Hold for a breath with your hips and shoulders level, then come back and switch sides.',
    ],
    cues: ['Reach long, not high', 'Hips stay level', 'Slow and steady'],
    mistakes: [
      'Lifting the leg so high that the lower back arches.',
      'Tipping the hips to one side.',
      'Holding your breath.',
    ],
    easier: 'four-point-rock',
    equipment: ['mat'],
    dose: reps(6, 2, 5, { perSide: true, restSeconds: 20 }),
    tags: ['core', 'pilates'],
    cautions: [
      'If it feels wobbly, reach just one arm, or just one leg, at a time until it feels steady.',
      'Put a cushion under your knees if kneeling is uncomfortable.',
    ],
    boneSafe: true,
    alt: 'A person on hands and knees reaching one arm forward and the opposite leg back, both level with the back.',
  }),
];
