import type { Locale } from '../i18n/locales.js';
import type { LessonSource } from '../lessons/schema.js';
import { adaptBoneProgramme, type BoneAdaptation, type BoneProfile } from './adapt.js';
import { BONE_PROGRAMME_ID, BONE_PROGRAMME_WEEKS } from './bone-health.js';
import { programmeT } from './i18n/index.js';

/** The sources behind the bone-health programme, each checked (DOI), and the grade we give it. */
export const BONE_PROGRAMME_EVIDENCE = {
  grade: 'C' as const,
  reason:
    'Consensus statements built on trials of exercise and bone density or falls; the programme itself has not been tested as a whole.',
  sources: [
    {
      citation:
        'Brooke-Wavell K. et al., “Strong, steady and straight: UK consensus statement on physical activity and exercise for osteoporosis”, Br J Sports Med 56(15):837–846 (Royal Osteoporosis Society)',
      year: 2022,
      url: 'https://doi.org/10.1136/bjsports-2021-104634',
    },
    {
      citation:
        'Giangregorio L.M. et al., “Too Fit To Fracture: exercise recommendations for individuals with osteoporosis or osteoporotic vertebral fracture”, Osteoporos Int 25(3):821–835',
      year: 2014,
      url: 'https://doi.org/10.1007/s00198-013-2523-2',
    },
    {
      citation:
        'Watson S.L. et al., “High-intensity resistance and impact training improves bone mineral density and physical function in postmenopausal women with osteopenia and osteoporosis: the LIFTMOR randomized controlled trial”, J Bone Miner Res 33(2):211–220 (supervised; we stay below its loads at home)',
      year: 2018,
      url: 'https://doi.org/10.1002/jbmr.3284',
    },
  ] satisfies LessonSource[],
};

/** A built-in programme as `GET /programmes` lists it, adapted to her profile. */
export interface ProgrammeSummary {
  id: string;
  name: string;
  description: string;
  weeks: number;
  kinds: BoneAdaptation['kinds'];
  adaptations: string[];
  note: string;
  evidence: typeof BONE_PROGRAMME_EVIDENCE;
}

/** The built-in programmes (one today), adapted to her profile, each change with its reason. */
export function programmesFor(profile: BoneProfile, locale: Locale = 'en'): ProgrammeSummary[] {
  const t = programmeT(locale);
  const adapted = adaptBoneProgramme(profile, locale);
  return [
    {
      id: BONE_PROGRAMME_ID,
      name: t('name'),
      description: t('description'),
      weeks: BONE_PROGRAMME_WEEKS,
      kinds: adapted.kinds,
      adaptations: adapted.adaptations,
      note: t('note'),
      evidence: { ...BONE_PROGRAMME_EVIDENCE, reason: t('evidenceReason') },
    },
  ];
}
