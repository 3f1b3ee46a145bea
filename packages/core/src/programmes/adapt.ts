import type { Profile } from '../profile/schema.js';

/** The profile facts the bone-health programme reads. */
export type BoneProfile = Pick<
  Profile,
  'boneHealth' | 'vertebralFracture' | 'fractureAfter50' | 'fractureLastYear' | 'clinicianClearedImpact'
>;

export const programmeKinds = ['strength', 'impact', 'balance', 'posture', 'walking'] as const;
export type ProgrammeKind = (typeof programmeKinds)[number];

/** Why impact work is left out; the first that applies is the one she is told. */
export type ImpactBlock =
  | 'vertebral_fracture'
  | 'recent_fracture'
  | 'osteoporosis_not_cleared'
  | 'fracture_after_50_not_cleared'
  | 'vertebral_fracture_unknown';

export interface BoneAdaptation {
  /** Impact work (heel drops to hops) is offered; otherwise low-impact walking takes its place. */
  impact: boolean;
  impactBlock: ImpactBlock | null;
  /** One plain sentence per change made for her, shown with the programme. */
  adaptations: string[];
  /** Each kind of work and whether it is offered, with why. */
  kinds: { kind: ProgrammeKind; offered: boolean; reason: string }[];
}

const WALK_INSTEAD = 'low-impact walking instead';

/*
 * Brooke-Wavell et al., Br J Sports Med 2022 (UK consensus, grade C): people with a vertebral fracture
 * or several low-trauma fractures should usually keep to impact no harder than brisk walking; moderate
 * impact otherwise suits most people with osteoporosis. We fail closed: a spinal fracture or a fracture
 * in the last year always rules impact out (a physiotherapist can still prescribe it as her own routine);
 * osteoporosis, a fracture after 50, or not knowing about a spinal fracture wait for a clinician's OK.
 */
const BLOCKS: { block: ImpactBlock; applies: (p: BoneProfile) => boolean; text: string }[] = [
  {
    block: 'vertebral_fracture',
    applies: (p) => p.vertebralFracture === 'yes',
    text: `No impact work: you told us about a broken bone in your spine, so ${WALK_INSTEAD}.`,
  },
  {
    block: 'recent_fracture',
    applies: (p) => p.fractureLastYear === true,
    text: `No impact work: you broke a bone in the last year, so ${WALK_INSTEAD} while it settles. Ask your physiotherapist when impact is right for you.`,
  },
  {
    block: 'osteoporosis_not_cleared',
    applies: (p) => p.boneHealth === 'osteoporosis' && p.clinicianClearedImpact !== true,
    text: `No impact work yet: your profile says osteoporosis and no clinician's OK for impact is recorded, so ${WALK_INSTEAD}. If your doctor or physiotherapist says impact is fine, note it in your profile.`,
  },
  {
    block: 'fracture_after_50_not_cleared',
    applies: (p) => p.fractureAfter50 === true && p.clinicianClearedImpact !== true,
    text: `No impact work yet: a bone broken after 50 can be a sign of fragile bones, so ${WALK_INSTEAD} until your doctor or physiotherapist says impact is fine.`,
  },
  {
    block: 'vertebral_fracture_unknown',
    applies: (p) => p.vertebralFracture === 'unknown' && p.clinicianClearedImpact !== true,
    text: `No impact work yet: you are not sure whether you have had a broken bone in your spine, so ${WALK_INSTEAD}. Your doctor can tell you; then update your profile.`,
  },
];

const fragile = (p: BoneProfile) => p.boneHealth === 'osteoporosis' || p.boneHealth === 'osteopenia';

/** Which kinds of work the bone-health programme offers her, and every change made, each with its reason. */
export function adaptBoneProgramme(profile: BoneProfile): BoneAdaptation {
  const hit = BLOCKS.find((b) => b.applies(profile));
  const adaptations: string[] = [];
  if (hit) adaptations.push(hit.text);
  else if (
    profile.clinicianClearedImpact === true &&
    (profile.boneHealth === 'osteoporosis' || profile.fractureAfter50)
  )
    adaptations.push(
      'Impact work included because your clinician said it is fine: start at the bottom of the ladder and stop if anything hurts sharply.',
    );
  if (fragile(profile) || profile.vertebralFracture === 'yes')
    adaptations.push(
      'Every move keeps your back long: no bending forward or twisting under load, and you bend from the hips when you lift.',
    );
  if (profile.vertebralFracture === 'yes')
    adaptations.push('Back-extensor and posture work every day, as advised after a spinal fracture.');
  const impact = !hit;
  return {
    impact,
    impactBlock: hit?.block ?? null,
    adaptations,
    kinds: [
      {
        kind: 'strength',
        offered: true,
        reason: 'Muscle strengthening 2–3 days a week loads bone and builds strength.',
      },
      impact
        ? {
            kind: 'impact',
            offered: true,
            reason: 'Short bursts of impact on most days, building up slowly, strengthen the hips.',
          }
        : { kind: 'impact', offered: false, reason: hit?.text ?? '' },
      {
        kind: 'walking',
        offered: !impact,
        reason: impact
          ? 'Walking is always good, but impact work does more for bone when your bones allow it.'
          : 'Brisk walking keeps the bones loaded gently while impact work is not right for you.',
      },
      {
        kind: 'balance',
        offered: true,
        reason: 'A few minutes of balance practice daily lowers the chance of a fall.',
      },
      {
        kind: 'posture',
        offered: true,
        reason: 'Back-extensor and upright-posture work helps you stand straight.',
      },
    ],
  };
}
