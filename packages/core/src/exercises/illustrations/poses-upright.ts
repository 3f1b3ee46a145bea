import { GROUND, type Illustration } from './figure.js';
import { chairFor, foot, hand, seated, standing } from './kit.js';

/** Drawings of exercises done standing or sitting. */
export const uprightPoses: Record<string, Illustration> = {
  'chin-tuck': {
    pose: { ...seated(90), head: -96 },
    ghost: { head: -68 },
    props: [chairFor(90), { kind: 'arrow', from: [122, 36], to: [108, 36] }],
  },
  'shoulder-rolls': {
    pose: seated(90),
    props: [chairFor(90), { kind: 'circle', around: 'shoulder', r: 10 }],
  },
  'standing-back-extension': {
    pose: { ...standing(100), torso: -100, bend: -4, head: -100, armN: hand(90, 82), armF: hand(88, 82) },
    ghost: { torso: -90, bend: 0, head: -90 },
  },
  'seated-tall-reach': {
    pose: { ...seated(90), armN: [-95, -92], armF: [-90, -88] },
    ghost: { armN: [80, 10], armF: [84, 6] },
    props: [chairFor(90)],
  },
  'sit-to-stand': {
    pose: { ...standing(0), anchor: 'ankleN', at: [116, GROUND], armN: [60, 0], armF: [55, -5] },
    ghost: { torso: -60, legN: [0, 90, 0], legF: [-3, 93, 0], armN: [70, 10] },
    props: [chairFor(90)],
  },
  'calf-raise': {
    pose: {
      ...standing(0),
      anchor: 'toeN',
      at: [96, GROUND],
      legN: [90, 90, 55],
      legF: [90, 90, 55],
      armN: hand(115, 68),
    },
    ghost: { legN: [90, 90, 0], legF: [90, 90, 0] },
    props: [{ kind: 'chair', x: 145 }],
  },
  'desk-chest-stretch': {
    pose: { ...seated(95), torso: -96, bend: -3, head: -94, armN: hand(82, 112), armF: hand(80, 112) },
    props: [chairFor(95)],
  },
  'brisk-walk': {
    pose: {
      at: [100, GROUND - 52],
      torso: -86,
      head: -84,
      armN: [115, 60],
      armF: [62, -20],
      legN: foot(118, GROUND - 2, -20),
      legF: foot(83, GROUND - 5, 35),
    },
  },
  'box-breathing': {
    pose: { ...seated(70), armN: hand(80, 96), armF: hand(78, 98) },
    props: [chairFor(70), { kind: 'square', at: [120, 30], size: 34 }],
  },
};
