import { GROUND, type Illustration } from './figure.js';
import { foot, fourPoint, hand, hookLying, mat } from './kit.js';

/** Drawings of exercises done lying down or on hands and knees. */
export const floorPoses: Record<string, Illustration> = {
  'pelvic-tilt': {
    pose: hookLying(108),
    props: [mat, { kind: 'arrow', from: [98, 116], to: [116, 116], bow: 7 }],
  },
  'glute-bridge': {
    pose: {
      anchor: 'shoulder',
      at: [70, GROUND],
      torso: 155,
      head: -160,
      armN: [4, 0],
      legN: foot(146),
    },
    ghost: { torso: 180, head: -162 },
    props: [mat, { kind: 'arrow', from: [112, 128], to: [112, 104] }],
  },
  'four-point-rock': {
    pose: fourPoint(76),
    ghost: { legN: [20, 180, 180], legF: [22, 178, 180], torso: -4, head: 6 },
    props: [mat, { kind: 'arrow', from: [70, 92], to: [52, 100], bow: 4 }],
  },
  'cat-cow': {
    pose: { ...fourPoint(76), bend: 10, head: 62 },
    ghost: { bend: -7, head: -40 },
    props: [mat, { kind: 'arrow', from: [93, 84], to: [93, 64], both: true }],
  },
  'bird-dog': {
    pose: {
      ...fourPoint(76),
      armN: [-14, -14],
      legF: [172, 176, 100],
    },
    props: [mat],
  },
  'knee-to-chest': {
    pose: {
      at: [115, GROUND],
      torso: 180,
      bend: 3,
      head: -162,
      armN: hand(104, GROUND - 19),
      armF: hand(102, GROUND - 18),
      legN: [-130, 12, 10],
      legF: [-126, 16, 10],
    },
    props: [mat],
  },
  'childs-pose': {
    pose: {
      anchor: 'kneeN',
      at: [86, GROUND],
      torso: 16,
      bend: 8,
      head: 12,
      armN: hand(134, GROUND - 1),
      armF: hand(136, GROUND - 1),
      legN: [34, 180, 180],
      legF: [36, 178, 180],
    },
    props: [mat],
  },
  'thread-the-needle': {
    pose: {
      ...fourPoint(76),
      torso: 30,
      head: 40,
      armN: [
        [95, 0.35],
        [150, 0.5],
      ],
      armF: hand(112, GROUND),
    },
    ghost: { torso: -6, head: -20, armN: [-80, -82] },
    props: [mat],
  },
  'hamstring-stretch-strap': {
    pose: {
      at: [100, GROUND],
      torso: 180,
      head: -160,
      armN: hand(84, 106),
      armF: hand(82, 107),
      legN: [-96, -96, -8],
      legF: [0, 0, -80],
    },
    props: [mat, { kind: 'band', through: ['handN', 'toeN'] }],
  },
  'figure-4-stretch': {
    // Seen from the side of the supporting leg (solid, lifted, shin level); the crossed leg's
    // ankle rests just below that knee and its knee opens away from us (faint).
    pose: {
      at: [112, GROUND],
      torso: 180,
      head: -162,
      armN: hand(114, GROUND - 16),
      armF: hand(112, GROUND - 15),
      legN: [-80, 0, -80],
      legF: [
        [-31, 0.82],
        [-137, 0.64],
        [-170, 0.5],
      ],
    },
    props: [mat],
  },
  'heel-slide': {
    pose: { ...hookLying(108), legN: [0, 0, -75] },
    ghost: { legN: foot(146) },
    props: [mat],
  },
  'toe-tap': {
    pose: { ...hookLying(108), legN: [-50, 40, 30], legF: [-92, 2, -10] },
    ghost: { legN: [-90, 0, -10] },
    props: [mat],
  },
  'dead-bug': {
    pose: { ...hookLying(108), armN: [-88, -88], armF: [-92, -92], legN: [-90, 0, -10], legF: [-92, 2, -10] },
    ghost: { armN: [-172, -176], legF: [-14, -12, -50] },
    props: [mat],
  },
  sphinx: {
    pose: {
      at: [84, GROUND],
      torso: -34,
      bend: -3,
      head: -22,
      armN: [92, 0],
      armF: [94, 2],
      legN: [180, 180, 172],
      legF: [180, 180, 172],
    },
    props: [mat],
  },
  'prone-back-extension': {
    pose: {
      at: [84, GROUND],
      torso: -20,
      head: -26,
      armN: [168, 176],
      legN: [180, 180, 172],
    },
    ghost: { torso: 0, head: -8, armN: [178, 180] },
    props: [mat, { kind: 'arrow', from: [132, 110], to: [132, 92] }],
  },
  'single-leg-bridge': {
    pose: {
      anchor: 'shoulder',
      at: [70, GROUND],
      torso: 155,
      head: -160,
      armN: [4, 0],
      legN: [-25, -25, -70],
      legF: foot(146),
    },
    props: [mat],
  },
};
