import { BODY, GROUND, type Pose, type Reach, type Seg } from './figure.js';

/** Common starting positions; each exercise's drawing spreads one and changes what moves. */

const STAND_HIP = GROUND - BODY.thigh - BODY.shin;
const SIT_HIP = GROUND - BODY.shin;

/** A foot planted at (x, y): the ankle there, the knee bending forward (to the right). */
export const foot = (x: number, y: number = GROUND, angle: Seg = 0): Reach => ({ to: [x, y], foot: angle });
/** A hand at (x, y) with the elbow bending backwards (`side` 1) or forwards (-1). */
export const hand = (x: number, y: number, side: 1 | -1 = 1): Reach => ({ to: [x, y], side });

/** Standing tall facing right, hip at x. */
export const standing = (x: number): Pose => ({
  at: [x, STAND_HIP],
  torso: -90,
  head: -90,
  armN: [94, 86],
  armF: [86, 92],
  legN: [90, 90, 0],
  legF: [90, 90, 0],
});

/** Standing, seen from the front, hip at x. */
export const standingFront = (x: number): Pose => ({
  view: 'front',
  at: [x, STAND_HIP + 1],
  torso: -90,
  head: -90,
  armN: [80, 88],
  armF: [100, 92],
  legN: [88, 90, [60, 0.5]],
  legF: [92, 90, [120, 0.5]],
});

/** Lying on the back, knees bent and feet flat, head on the left, hip at x. */
export const hookLying = (x: number): Pose => ({
  at: [x, GROUND],
  torso: 180,
  head: -162,
  armN: [6, 0],
  legN: foot(x + 38),
  legF: foot(x + 41),
});

/** On hands and knees facing right, knee at x. */
export const fourPoint = (x: number): Pose => ({
  anchor: 'kneeN',
  at: [x, GROUND],
  torso: -18,
  head: -12,
  armN: hand(x + 35, GROUND),
  armF: hand(x + 37, GROUND),
  legN: [90, 180, 180],
  legF: [92, 178, 180],
});

/** Sitting on a chair seat facing right, hip at x (pair with `chairFor(x)`). */
export const seated = (x: number): Pose => ({
  at: [x, SIT_HIP],
  torso: -90,
  head: -90,
  armN: [80, 10],
  armF: [84, 6],
  legN: [0, 90, 0],
  legF: [-3, 93, 0],
});

/** The chair that goes with `seated(x)`. */
export const chairFor = (x: number) => ({ kind: 'chair' as const, x: x + 22 });

/** A mat under floor exercises. */
export const mat = { kind: 'mat' } as const;
