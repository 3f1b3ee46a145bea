import { GROUND, type Illustration } from './figure.js';
import { foot, fourPoint, hookLying, mat } from './kit.js';

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
    props: [mat],
  },
  'four-point-rock': {
    pose: fourPoint(76),
    ghost: { legN: [40, 180, 180], legF: [42, 178, 180], torso: -8, head: -2 },
    props: [mat],
  },
  'cat-cow': {
    pose: { ...fourPoint(76), bend: 7, head: 40 },
    ghost: { bend: -5, head: -35 },
    props: [mat],
  },
  'bird-dog': {
    pose: {
      ...fourPoint(76),
      armN: [-14, -14],
      legF: [172, 176, 100],
    },
    props: [mat],
  },
};
