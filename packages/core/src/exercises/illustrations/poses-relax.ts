import { GROUND, type Illustration } from './figure.js';
import { chairFor, hand, seated } from './kit.js';

/** Drawings of the relaxation sessions: sitting at ease on a chair, or lying flat on a mat. */

const lyingFlat = { at: [112, GROUND], torso: 180, head: -172, armN: [4, 0], legN: [0, 0, -85] } as const;

export const relaxPoses: Record<string, Illustration> = {
  'paced-breathing': {
    pose: { ...seated(70), armN: hand(80, 96), armF: hand(78, 98) },
    props: [chairFor(70)],
  },
  'pmr-arm': { pose: { ...seated(90), armN: [50, -50] }, props: [chairFor(90)] },
  'pmr-neck-shoulders': {
    pose: seated(90),
    props: [chairFor(90), { kind: 'arrow', from: [106, 84], to: [106, 68], both: true }],
  },
  'pmr-face': { pose: { ...seated(90), head: -97 }, props: [chairFor(90)] },
  'pmr-tummy': { pose: { ...seated(90), armN: hand(100, 96) }, props: [chairFor(90)] },
  'pmr-buttocks': {
    pose: { ...seated(90), armN: hand(114, 104), armF: hand(112, 105) },
    props: [chairFor(90)],
  },
  'pmr-leg': { pose: { ...seated(90), legN: [0, 8, -80] }, props: [chairFor(90)] },
  'quiet-rest': { pose: { ...lyingFlat, legF: [-2, 2, -85] }, props: [{ kind: 'mat' }] },
  'body-scan': {
    pose: { ...lyingFlat, legN: [-22, 22, -80], legF: [-20, 24, -80] },
    props: [
      { kind: 'mat' },
      {
        kind: 'line',
        through: [
          [134, GROUND],
          [138, GROUND - 9],
          [152, GROUND - 9],
          [156, GROUND],
        ],
      },
    ],
  },
};
