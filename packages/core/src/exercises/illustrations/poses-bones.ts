import { BODY, GROUND, type Illustration } from './figure.js';
import { foot, hand, standing } from './kit.js';

/** Height of the step in the step-up drawing, and where the hip sits when standing tall. */
const STEP = 16;
const STAND_HIP = GROUND - BODY.thigh - BODY.shin;
/** Off the floor for the jumps: the whole figure lifted by this much. */
const AIR = 9;

/** Drawings of the bone-health programme's exercises: impact, balance and the loaded moves. */
export const bonePoses: Record<string, Illustration> = {
  'step-up': {
    pose: {
      at: [96, STAND_HIP - STEP + 6],
      torso: -84,
      head: -86,
      armN: [96, 84],
      armF: [84, 92],
      legN: foot(112, GROUND - STEP),
      legF: foot(92, GROUND),
    },
    ghost: { at: [96, STAND_HIP - STEP], torso: -90, head: -90, legF: foot(110, GROUND - STEP) },
    props: [
      {
        kind: 'line',
        through: [
          [100, GROUND + 3.5],
          [100, GROUND - STEP + 3.5],
          [140, GROUND - STEP + 3.5],
          [140, GROUND + 3.5],
        ],
      },
      { kind: 'arrow', from: [70, 80], to: [70, 60] },
    ],
  },
  'overhead-press': {
    pose: { ...standing(100), armN: [-62, -84], armF: [-70, -88] },
    ghost: { armN: [60, -80], armF: [66, -84] },
    props: [{ kind: 'arrow', from: [132, 40], to: [132, 18] }],
  },
  'heel-drop': {
    pose: {
      ...standing(0),
      anchor: 'toeN',
      at: [96, GROUND],
      legN: [90, 90, 55],
      legF: [90, 90, 55],
      armN: hand(115, 68),
    },
    ghost: { at: [96, GROUND], legN: [90, 90, 0], legF: [90, 90, 0] },
    props: [
      { kind: 'chair', x: 145 },
      { kind: 'arrow', from: [80, GROUND - 22], to: [80, GROUND - 4] },
    ],
  },
  stamping: {
    pose: { ...standing(100), legN: [38, 100, 0], armN: [100, 70] },
    ghost: { legN: [90, 90, 0] },
    props: [{ kind: 'arrow', from: [138, 96], to: [138, GROUND - 2] }],
  },
  'marching-on-the-spot': {
    pose: { ...standing(100), legN: [8, 96, 10], armN: [130, 60], armF: [50, -30] },
    ghost: { legN: [90, 90, 0] },
  },
  'low-jump': {
    pose: {
      ...standing(100),
      at: [100, STAND_HIP - AIR],
      armN: [60, -20],
      armF: [70, -10],
      legN: [90, 90, 40],
      legF: [92, 88, 40],
    },
    props: [{ kind: 'arrow', from: [140, GROUND - 4], to: [140, GROUND - 30], both: true }],
  },
  hop: {
    pose: {
      ...standing(100),
      at: [100, STAND_HIP - AIR],
      armN: [70, -10],
      armF: [110, 80],
      legN: [90, 90, 40],
      legF: [110, 200, 0],
    },
    props: [{ kind: 'arrow', from: [140, GROUND - 4], to: [140, GROUND - 30], both: true }],
  },
  'tandem-stance': {
    pose: {
      ...standing(100),
      legN: foot(108),
      legF: foot(94),
      armN: hand(138, 70),
    },
    props: [{ kind: 'chair', x: 160 }],
  },
  'single-leg-stance': {
    pose: {
      ...standing(100),
      legF: [100, 160, 10],
      armN: hand(138, 70),
    },
    props: [{ kind: 'chair', x: 160 }],
  },
  'heel-to-toe-walk': {
    pose: {
      ...standing(100),
      legN: foot(109),
      legF: foot(92, GROUND, 20),
      armN: [30, 10],
      armF: [150, 170],
    },
    props: [{ kind: 'arrow', from: [120, GROUND - 40], to: [150, GROUND - 40] }],
  },
};
