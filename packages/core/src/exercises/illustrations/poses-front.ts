import { FLOOR_Y, GROUND, type Illustration, type Leg, type Pose } from './figure.js';
import { hand, standingFront } from './kit.js';

/**
 * A bent knee pointing at the ceiling, seen from above: thigh and shin are foreshortened and
 * almost in line, with a small kink at the knee.
 */
const kneeUp: Leg = [
  [-12, 0.72],
  [16, 0.6],
  [0, 0.3],
];
/** A leg whose bent knee has dropped to the side (`side` 1: down the picture, -1: up it), seen from above. */
const kneeDown = (x: number, y: number, side: 1 | -1): Leg => ({ to: [x, y], side, foot: [0, 0.3] });

/** Lying on the back seen from above, head on the left, arms out to the sides, knees bent. */
const fromAbove: Pose = {
  view: 'front',
  at: [112, 75],
  torso: 180,
  head: 180,
  armN: [-62, -58],
  armF: [62, 58],
  legN: kneeUp,
  legF: kneeUp,
};

/** Lying on the side, seen from the front: top hip and shoulder above the bottom ones. */
const sideLying: Pose = {
  view: 'front',
  at: [112, GROUND - 7],
  torso: 186,
  head: 186,
  armN: [4, 10],
  armF: [184, 184],
  legN: [
    [0, 0.72],
    [15, 0.72],
    [0, 0.4],
  ],
  legF: [
    [-4, 0.7],
    [4, 0.7],
    [0, 0.4],
  ],
};
const clamOpen: Leg = { to: [150, 128], side: -1, foot: [0, 0.4] };

/** Drawings seen from the front or from above: where the movement is across the body. */
export const frontPoses: Record<string, Illustration> = {
  'lower-trunk-rotation': {
    pose: { ...fromAbove, legN: kneeDown(154, 78, 1), legF: kneeDown(155, 84, 1) },
    ghost: { legN: kneeDown(155, 66, -1), legF: kneeDown(154, 72, -1) },
    props: [{ kind: 'matAbove' }, { kind: 'arrow', from: [146, 106], to: [146, 44], bow: -16, both: true }],
    floor: false,
  },
  'bent-knee-fall-out': {
    pose: { ...fromAbove, armN: [-10, -6], armF: [10, 6], legN: kneeDown(150, 70, -1) },
    ghost: { legN: kneeUp },
    props: [{ kind: 'matAbove' }, { kind: 'arrow', from: [137, 63], to: [131, 42], bow: -6 }],
    floor: false,
  },
  'modified-side-plank': {
    pose: {
      view: 'front',
      anchor: 'elbowF',
      at: [60, GROUND],
      torso: -160,
      head: -160,
      armN: [-78, -80],
      armF: [90, [0, 0.3]],
      legN: [18, [90, 0.15], [0, 0.1]],
      legF: [20, [90, 0.15], [0, 0.1]],
    },
  },
  clamshell: {
    pose: { ...sideLying, legN: clamOpen },
    ghost: { legN: sideLying.legN },
  },
  'clamshell-band': {
    pose: { ...sideLying, legN: clamOpen },
    ghost: { legN: sideLying.legN },
    props: [{ kind: 'band', through: ['kneeN', 'kneeF'] }],
  },
  'band-pull-apart': {
    pose: { ...standingFront(100), armN: [14, 12], armF: [166, 168] },
    ghost: {
      armN: [
        [160, 0.45],
        [175, 0.45],
      ],
      armF: [
        [20, 0.45],
        [5, 0.45],
      ],
    },
    props: [{ kind: 'band', through: ['handF', 'handN'] }],
  },
  'wall-angel': {
    pose: { ...standingFront(100), armN: [0, -90], armF: [180, -90] },
    ghost: { armN: [-50, -60], armF: [-130, -120] },
    props: [{ kind: 'panel', from: [50, 8], to: [150, FLOOR_Y] }],
  },
  'tree-pose': {
    pose: {
      ...standingFront(100),
      armN: hand(101, 62, -1),
      armF: hand(99, 62, 1),
      legN: [90, 90, [60, 0.5]],
      legF: { to: [104, 110], side: 1, foot: [80, 0.6] },
    },
  },
  'seated-twist': {
    pose: {
      view: 'front',
      at: [100, GROUND - 27.5],
      torso: -90,
      head: -90,
      armN: hand(90, 110, -1),
      armF: hand(78, 96, 1),
      legN: [[10, 0.2], 90, [70, 0.5]],
      legF: [[170, 0.2], 90, [110, 0.5]],
    },
    props: [
      { kind: 'panel', from: [82, 66], to: [118, 112] },
      {
        kind: 'line',
        through: [
          [76, 112],
          [124, 112],
        ],
      },
      {
        kind: 'line',
        through: [
          [78, 112],
          [78, FLOOR_Y],
        ],
      },
      {
        kind: 'line',
        through: [
          [122, 112],
          [122, FLOOR_Y],
        ],
      },
      { kind: 'arrow', from: [84, 52], to: [118, 52], bow: 8 },
    ],
  },
};
