import type { Band, Instrument } from './types.js';

const options = [
  { value: 0, label: 'None' },
  { value: 1, label: 'Mild' },
  { value: 2, label: 'Moderate' },
  { value: 3, label: 'Severe' },
  { value: 4, label: 'Very severe' },
];

/** Item numbers (1-based) of each MRS subscale (Heinemann et al. 2004). */
export const mrsSubscales = {
  somatic: [1, 2, 3, 11],
  psychological: [4, 5, 6, 7],
  urogenital: [8, 9, 10],
} as const;
export type MrsSubscale = keyof typeof mrsSubscales;

/**
 * Severity cut-offs of the MRS evaluation scheme (ZEG Berlin; Heinemann et al., Health Qual Life Outcomes
 * 2003;1:28 and 2004;2:45): the lowest score of mild, moderate and severe. Totals: 0–4 none or little,
 * 5–8 mild, 9–16 moderate, 17+ severe. Some secondary sources put the total's moderate/severe line at 16.
 */
export const mrsCutoffs = {
  total: [5, 9, 17],
  somatic: [3, 5, 9],
  psychological: [2, 4, 7],
  urogenital: [1, 2, 4],
} as const;

export const mrsLevels = ['none', 'mild', 'moderate', 'severe'] as const;
export type MrsLevel = (typeof mrsLevels)[number];

/** The severity level of a total or subscale score, given that scale's three cut-offs. */
export function mrsSeverity(score: number, cutoffs: readonly [number, number, number]): MrsLevel {
  return mrsLevels[cutoffs.filter((c) => score >= c).length] ?? 'none';
}

/** Severity of each subscale, by its own cut-offs. */
export function mrsSubscaleBands(subscales: Record<string, number>): Record<MrsSubscale, MrsLevel> {
  const level = (name: MrsSubscale) => mrsSeverity(subscales[name] ?? 0, mrsCutoffs[name]);
  return {
    somatic: level('somatic'),
    psychological: level('psychological'),
    urogenital: level('urogenital'),
  };
}

const bands: Record<MrsLevel, Band> = {
  none: { id: 'none', label: 'None or little', text: 'Few or no menopause-type complaints right now.' },
  mild: { id: 'mild', label: 'Mild', text: 'Mild menopause-type complaints.' },
  moderate: {
    id: 'moderate',
    label: 'Moderate',
    text: 'Moderate menopause-type complaints. They may be worth discussing with your GP.',
  },
  severe: {
    id: 'severe',
    label: 'Severe',
    text:
      'Severe menopause-type complaints. Talking to your GP or a menopause clinic could help; ' +
      'there are options.',
  },
};

/** Menopause Rating Scale: 11 items, 0–4 each; total 0–44 and three subscales. */
export const mrs: Instrument = {
  id: 'mrs',
  name: 'Menopause Rating Scale (MRS)',
  citation:
    'Heinemann K et al. The Menopause Rating Scale (MRS) scale: a methodological review. ' +
    'Health Qual Life Outcomes 2004;2:45. Scale © ZEG Berlin.',
  licence: 'Free to use with acknowledgement of the source (ZEG Berlin).',
  recall: 'at this time',
  instructions:
    'Which of the following symptoms apply to you at this time? For each symptom, choose how severe ' +
    "it is. For symptoms that do not apply, choose 'None'.",
  items: [
    'Hot flushes, sweating (episodes of sweating)',
    'Heart discomfort (unusual awareness of heart beat, heart skipping, heart racing, tightness)',
    'Sleep problems (difficulty in falling asleep, difficulty in sleeping through, waking up early)',
    'Depressive mood (feeling down, sad, on the verge of tears, lack of drive, mood swings)',
    'Irritability (feeling nervous, inner tension, feeling aggressive)',
    'Anxiety (inner restlessness, feeling panicky)',
    'Physical and mental exhaustion (general decrease in performance, impaired memory, ' +
      'decrease in concentration, forgetfulness)',
    'Sexual problems (change in sexual desire, in sexual activity and satisfaction)',
    'Bladder problems (difficulty in urinating, increased need to urinate, bladder incontinence)',
    'Dryness of vagina (sensation of dryness or burning in the vagina, difficulty with sexual intercourse)',
    'Joint and muscular discomfort (pain in the joints, rheumatoid complaints)',
  ].map((text) => ({ text, options })),
  maxScore: 44,
  subscales: mrsSubscales,
  everyDays: 30,
  optIn: false,
  score(a) {
    const part = (items: readonly number[]) => items.reduce((s, i) => s + (a[i - 1] ?? 0), 0);
    return {
      total: a.reduce((s, x) => s + x, 0),
      subscales: {
        somatic: part(mrsSubscales.somatic),
        psychological: part(mrsSubscales.psychological),
        urogenital: part(mrsSubscales.urogenital),
      },
    };
  },
  band: ({ total }) => bands[mrsSeverity(total, mrsCutoffs.total)],
};
