import { FLOOR_Y, GROUND, type Illustration, type Leg, type Pose } from './figure.js';
import { hand, standingFront } from './kit.js';

/** Knees up, seen from above: thighs and shins point towards the viewer, so they look short. */
const kneesUp: Leg = [
  [0, 0.7],
  [0, 0.7],
  [0, 0.3],
];

/** Lying on the back seen from above, arms out to the sides, head on the left. */
const fromAbove: Pose = {
  view: 'front',
  at: [112, 75],
  torso: 180,
  head: 180,
  armN: [-90, -90],
  armF: [90, 90],
  legN: kneesUp,
  legF: kneesUp,
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
    pose: { ...fromAbove, legN: { to: [150, 70], side: 1 }, legF: { to: [150, 81], side: 1 } },
    ghost: { legN: kneesUp, legF: kneesUp },
    props: [{ kind: 'arrow', from: [138, 58], to: [142, 94], bow: -10 }],
    floor: false,
  },
  'bent-knee-fall-out': {
    pose: { ...fromAbove, legN: { to: [150, 68.5], side: -1 } },
    ghost: { legN: kneesUp },
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
