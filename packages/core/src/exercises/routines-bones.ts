import type { Routine } from './types.js';

/** The bone-health programme's blocks as routines, so a session can name what she played. */
export const BONE_ROUTINE_IDS = {
  strength: 'bone-strength',
  impact: 'bone-impact',
  balance: 'bone-balance',
  posture: 'bone-posture',
} as const;

/**
 * The programme's routines at their week-1 shape. They are not listed with the built-in routines
 * (impact work is only for those whose bones allow it): the programme (`programmes/`) serves each
 * week's items; these make the ids known to sessions and progression.
 */
export const boneRoutines: readonly Routine[] = [
  {
    id: BONE_ROUTINE_IDS.strength,
    name: 'Bones: strength',
    description: 'The bone programme’s strength session: legs, hips, back and arms against a load.',
    tags: ['strength'],
    transitionSeconds: 20,
    items: [
      { exerciseId: 'sit-to-stand' },
      { exerciseId: 'standing-hip-hinge' },
      { exerciseId: 'step-up' },
      { exerciseId: 'band-row' },
      { exerciseId: 'wall-push-up' },
      { exerciseId: 'overhead-press' },
      { exerciseId: 'calf-raise' },
      { exerciseId: 'prone-back-extension' },
    ],
  },
  {
    id: BONE_ROUTINE_IDS.impact,
    name: 'Bones: impact',
    description: 'A few minutes of counted impacts, from heel drops up to small hops.',
    tags: ['impact'],
    transitionSeconds: 10,
    items: [
      { exerciseId: 'heel-drop' },
      { exerciseId: 'stamping' },
      { exerciseId: 'marching-on-the-spot' },
      { exerciseId: 'low-jump' },
      { exerciseId: 'hop' },
    ],
  },
  {
    id: BONE_ROUTINE_IDS.balance,
    name: 'Bones: balance',
    description: 'Daily balance practice with a chair or worktop in reach.',
    tags: ['balance'],
    transitionSeconds: 10,
    items: [
      { exerciseId: 'tandem-stance' },
      { exerciseId: 'single-leg-stance' },
      { exerciseId: 'heel-to-toe-walk' },
    ],
  },
  {
    id: BONE_ROUTINE_IDS.posture,
    name: 'Bones: posture',
    description: 'Standing straight: back extension and upright posture.',
    tags: ['mobility'],
    transitionSeconds: 8,
    items: [
      { exerciseId: 'standing-back-extension' },
      { exerciseId: 'wall-angel' },
      { exerciseId: 'chin-tuck' },
    ],
  },
];
