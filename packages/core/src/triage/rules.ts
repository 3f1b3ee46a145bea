import type { TriageLevel } from './schema.js';

/** Version of the rule table; a change needs clinical sign-off and a green vignette run (spec §7.3). */
export const RULESET_VERSION = '1.0';

export interface TriageRule {
  id: string;
  level: Exclude<TriageLevel, 'self_care'>;
  /** CNF: every clause must hold; a clause holds when any of its atoms is true. */
  when: string[][];
}

/** The normative rule table of triage-spec.md §6.1, in table order (the order fixes `reasons`). */
export const triageRules: readonly TriageRule[] = [
  {
    id: 'E1',
    level: 'emergency',
    when: [['saddle_numbness', 'bladder_change', 'bowel_change', 'sexual_numbness']],
  },
  { id: 'E2', level: 'emergency', when: [['both_legs_symptoms']] },
  { id: 'E3', level: 'emergency', when: [['leg_weakness_worsening']] },
  { id: 'E4', level: 'emergency', when: [['sudden_tearing_pain']] },
  { id: 'E5', level: 'emergency', when: [['chest_pain_breathless']] },
  {
    id: 'E6',
    level: 'emergency',
    when: [['major_trauma'], ['tingling_or_numbness', 'one_leg_radiating', 'leg_weakness_new']],
  },
  {
    id: 'E7',
    level: 'emergency',
    when: [
      ['cancer_history'],
      ['chest_or_upper_back_pain', 'night_pain_constant', 'getting_worse_despite_rest'],
      ['tingling_or_numbness', 'one_leg_radiating'],
    ],
  },
  { id: 'E8', level: 'emergency', when: [['cancer_history'], ['leg_weakness_new']] },
  { id: 'E9', level: 'emergency', when: [['fever', 'immunosuppressed'], ['leg_weakness_new']] },
  { id: 'E10', level: 'emergency', when: [['fever'], ['cancer_history'], ['immunosuppressed']] },
  { id: 'U1', level: 'urgent', when: [['fever']] },
  {
    id: 'U2',
    level: 'urgent',
    when: [
      ['immunosuppressed', 'long_term_steroids'],
      ['fever', 'unwell_generally', 'night_pain_constant', 'getting_worse_despite_rest'],
    ],
  },
  {
    id: 'U3',
    level: 'urgent',
    when: [['unwell_generally'], ['night_pain_constant', 'unexplained_weight_loss']],
  },
  {
    id: 'U4',
    level: 'urgent',
    when: [['unexplained_weight_loss'], ['night_pain_constant', 'getting_worse_despite_rest']],
  },
  {
    id: 'U5',
    level: 'urgent',
    when: [
      ['cancer_history'],
      [
        'chest_or_upper_back_pain',
        'night_pain_constant',
        'getting_worse_despite_rest',
        'unexplained_weight_loss',
      ],
    ],
  },
  { id: 'U6', level: 'urgent', when: [['cancer_history'], ['tingling_or_numbness', 'one_leg_radiating']] },
  {
    id: 'U7',
    level: 'urgent',
    when: [['minor_trauma_or_strain'], ['osteoporosis_known', 'long_term_steroids']],
  },
  { id: 'U8', level: 'urgent', when: [['minor_trauma_or_strain'], ['age>=65']] },
  { id: 'U9', level: 'urgent', when: [['major_trauma']] },
  { id: 'U10', level: 'urgent', when: [['leg_weakness_new']] },
  { id: 'S1', level: 'soon', when: [['one_leg_radiating']] },
  { id: 'S2', level: 'soon', when: [['tingling_or_numbness']] },
  { id: 'S3', level: 'soon', when: [['pain_weeks>=6']] },
  { id: 'S4', level: 'soon', when: [['getting_worse_despite_rest']] },
  { id: 'S5', level: 'soon', when: [['night_pain_constant']] },
  { id: 'S6', level: 'soon', when: [['unexplained_weight_loss']] },
  { id: 'S7', level: 'soon', when: [['cancer_history']] },
  { id: 'S8', level: 'soon', when: [['osteoporosis_known', 'long_term_steroids']] },
  { id: 'S9', level: 'soon', when: [['immunosuppressed']] },
  { id: 'S10', level: 'soon', when: [['unwell_generally']] },
  { id: 'S11', level: 'soon', when: [['chest_or_upper_back_pain'], ['age>=50']] },
  { id: 'S12', level: 'soon', when: [['minor_trauma_or_strain'], ['age>=50']] },
  { id: 'S13', level: 'soon', when: [['age<18']] },
  { id: 'S14', level: 'soon', when: [['inflammatory_pattern']] },
  { id: 'S15', level: 'soon', when: [['height_loss_or_curve']] },
];
