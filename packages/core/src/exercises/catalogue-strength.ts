import { reps } from './dose.js';
import { drawn } from './illustrations/drawn.js';
import type { Exercise } from './types.js';

/** Strength for the legs, buttocks and upper back with bodyweight and a resistance band. */
export const strengthExercises: readonly Exercise[] = [
  drawn({
    id: 'glute-bridge',
    name: 'Glute bridge',
    purpose: 'Strengthens the buttock muscles that support your lower back and pelvis.',
    steps: [
      'Lie on your back with your knees bent, feet flat and hip-width apart, arms by your sides.',
      'Gently tighten your tummy and press through your heels.',
      'Squeeze your buttocks and lift your hips until your body is a straight line from shoulders to knees.',
      'Pause for a breath, then lower your hips slowly to the floor.',
    ],
    cues: ['Press through your heels', 'Squeeze at the top', 'Lower slowly'],
    mistakes: [
      'Arching the lower back to lift higher.',
      'Letting the knees fall in or out.',
      'Pushing up with the neck and shoulders.',
    ],
    easier: 'pelvic-tilt',
    harder: 'single-leg-bridge',
    equipment: ['mat'],
    dose: reps(10, 2, 4, { restSeconds: 30 }),
    tags: ['glutes', 'strength', 'pilates'],
    cautions: ['Lift only as high as your back stays comfortable and your hips stay level.'],
    boneSafe: true,
    alt: 'A person lying on their back with knees bent and hips lifted, the body straight from shoulders to knees.',
  }),
  drawn({
    id: 'sit-to-stand',
    name: 'Sit to stand',
    purpose: 'Strengthens your legs and buttocks with the everyday move of getting up from a chair.',
    steps: [
      'Sit near the front of a sturdy chair with your feet flat, hip-width apart and just behind your knees.',
      'Lean forward from your hips with a long back, bringing your nose over your toes.',
      'Press through your feet and stand up tall, squeezing your buttocks at the top.',
      'Reach your hips back and lower yourself slowly onto the chair.',
    ],
    cues: ['Nose over toes', 'Push the floor away', 'Sit down slowly'],
    mistakes: [
      'Dropping onto the chair.',
      'Rounding your back to get up.',
      'Letting the knees drift inwards.',
    ],
    harder: 'wall-sit',
    equipment: ['chair'],
    dose: reps(10, 2, 4, { restSeconds: 30 }),
    tags: ['strength', 'glutes'],
    cautions: [
      'Use a chair that will not slide; stand it against a wall if needed.',
      'Push with your hands on your thighs at first if you need the help.',
    ],
    boneSafe: true,
    alt: 'A person standing up in front of a chair; a dashed outline shows them seated and leaning forward before rising.',
  }),
  drawn({
    id: 'calf-raise',
    name: 'Calf raise',
    purpose: 'Strengthens your calves and ankles for walking, stairs and balance.',
    steps: [
      'Stand tall behind a chair or by a wall, resting your fingers on it for balance.',
      'Put your feet hip-width apart with your weight spread evenly.',
      'Rise slowly onto the balls of your feet.',
      'Pause at the top, then lower your heels slowly to the floor.',
    ],
    cues: ['Up tall', 'Slow on the way down', 'Weight over the big toes'],
    mistakes: ['Rolling onto the outsides of your feet.', 'Bouncing.', 'Leaning heavily on the chair.'],
    equipment: ['chair'],
    dose: reps(12, 2, 3, { restSeconds: 30 }),
    tags: ['strength', 'walking'],
    cautions: ['Keep a hand on the support if your balance is unsteady.'],
    boneSafe: true,
    alt: 'A person standing on tiptoe with one hand on the back of a chair; dashed lines show the heels down.',
  }),
];
