import type { Locale } from '../i18n/locales.js';
import type { Profile } from '../profile/schema.js';
import { programmeT } from './i18n/index.js';

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

/*
 * Brooke-Wavell et al., Br J Sports Med 2022 (UK consensus, grade C): people with a vertebral fracture
 * or several low-trauma fractures should usually keep to impact no harder than brisk walking; moderate
 * impact otherwise suits most people with osteoporosis. We fail closed: a spinal fracture or a fracture
 * in the last year always rules impact out (a physiotherapist can still prescribe it as her own routine);
 * osteoporosis, a fracture after 50, or not knowing about a spinal fracture wait for a clinician's OK.
 */
const BLOCKS: { block: ImpactBlock; applies: (p: BoneProfile) => boolean }[] = [
  {
    block: 'vertebral_fracture',
    applies: (p) => p.vertebralFracture === 'yes',
  },
  {
    block: 'recent_fracture',
    applies: (p) => p.fractureLastYear === true,
  },
  {
    block: 'osteoporosis_not_cleared',
    applies: (p) => p.boneHealth === 'osteoporosis' && p.clinicianClearedImpact !== true,
  },
  {
    block: 'fracture_after_50_not_cleared',
    applies: (p) => p.fractureAfter50 === true && p.clinicianClearedImpact !== true,
  },
  {
    block: 'vertebral_fracture_unknown',
    applies: (p) => p.vertebralFracture === 'unknown' && p.clinicianClearedImpact !== true,
  },
];

const fragile = (p: BoneProfile) => p.boneHealth === 'osteoporosis' || p.boneHealth === 'osteopenia';

/** Which kinds of work the bone-health programme offers her, and every change made, each with its reason. */
export function adaptBoneProgramme(profile: BoneProfile, locale: Locale = 'en'): BoneAdaptation {
  const t = programmeT(locale);
  const hit = BLOCKS.find((b) => b.applies(profile));
  const blockText = hit ? t(`block.${hit.block}`) : '';
  const adaptations: string[] = [];
  if (hit) adaptations.push(blockText);
  else if (
    profile.clinicianClearedImpact === true &&
    (profile.boneHealth === 'osteoporosis' || profile.fractureAfter50)
  )
    adaptations.push(t('impactCleared'));
  if (fragile(profile) || profile.vertebralFracture === 'yes') adaptations.push(t('backLong'));
  if (profile.vertebralFracture === 'yes') adaptations.push(t('backExtensorDaily'));
  const impact = !hit;
  return {
    impact,
    impactBlock: hit?.block ?? null,
    adaptations,
    kinds: [
      {
        kind: 'strength',
        offered: true,
        reason: t('kindStrength'),
      },
      impact
        ? {
            kind: 'impact',
            offered: true,
            reason: t('kindImpact'),
          }
        : { kind: 'impact', offered: false, reason: blockText },
      {
        kind: 'walking',
        offered: !impact,
        reason: t(impact ? 'kindWalkingWithImpact' : 'kindWalkingInstead'),
      },
      {
        kind: 'balance',
        offered: true,
        reason: t('kindBalance'),
      },
      {
        kind: 'posture',
        offered: true,
        reason: t('kindPosture'),
      },
    ],
  };
}
