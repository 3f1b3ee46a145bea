import { BODY, GROUND, type Illustration } from './figure.js';
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
    props: [chairFor(90), { kind: 'circle', around: [112, 60], r: 9 }],
  },
  'standing-back-extension': {
    pose: { ...standing(100), torso: -100, bend: -4, head: -100, armN: hand(90, 82), armF: hand(88, 82) },
    ghost: { torso: -90, bend: 0, head: -90 },
  },
  'seated-tall-reach': {
    pose: { ...seated(90), armN: [-72, -80], armF: [-76, -84] },
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
    props: [
      { kind: 'chair', x: 145 },
      { kind: 'arrow', from: [82, GROUND - 2], to: [82, GROUND - 20] },
    ],
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
  'thoracic-extension-chair': {
    pose: { ...seated(90), torso: -100, bend: -5, head: -112, armN: hand(74, 55), armF: hand(72, 56) },
    ghost: { torso: -90, bend: 0, head: -90 },
    props: [chairFor(90)],
  },
  'hip-flexor-stretch': {
    pose: {
      at: [92, GROUND - 26],
      torso: -90,
      head: -90,
      armN: hand(116, 104),
      armF: hand(114, 105),
      legN: foot(122),
      legF: [112, 180, 180],
    },
    props: [{ kind: 'arrow', from: [66, 106], to: [82, 106] }],
  },
  'wall-sit': {
    pose: {
      at: [62, GROUND - BODY.shin],
      torso: -90,
      head: -90,
      armN: [84, 80],
      legN: foot(90.5),
      legF: foot(92),
    },
    props: [{ kind: 'wall', x: 50 }],
  },
  'band-row': {
    pose: { ...standing(100), armN: hand(102, 68), armF: hand(100, 69) },
    ghost: { armN: hand(139, 58, -1), armF: hand(138, 59, -1) },
    props: [
      { kind: 'wall', x: 172 },
      { kind: 'band', through: ['handN', [171, 58]] },
    ],
  },
  'wall-push-up': {
    pose: {
      ...standing(0),
      anchor: 'ankleN',
      at: [95, GROUND],
      torso: -72,
      head: -70,
      legN: [108, 108, 0],
      legF: [108, 108, 0],
      armN: hand(163, 55),
    },
    ghost: { torso: -62, head: -60, legN: [118, 118, 0], legF: [118, 118, 0] },
    props: [{ kind: 'wall', x: 167 }],
  },
  'standing-hip-hinge': {
    pose: {
      at: [86, 84],
      torso: -42,
      head: -34,
      armN: hand(106, 104),
      armF: hand(104, 105),
      legN: foot(100),
      legF: foot(102),
    },
    ghost: { torso: -86, head: -88, armN: [92, 86], armF: [88, 90] },
  },
  'ankle-pumps': {
    pose: { ...seated(80), legN: [-4, 70, -35], legF: [-3, 93, 0] },
    ghost: { legN: [-4, 70, 40] },
    props: [chairFor(80)],
  },
  'easy-walk': {
    pose: {
      at: [100, GROUND - 54],
      torso: -88,
      head: -86,
      armN: [100, 94],
      armF: [80, 84],
      legN: foot(112, GROUND - 1, -10),
      legF: foot(89, GROUND - 3, 22),
    },
  },
};
