import type { TriageAnswerKey, TriageLevel } from './schema.js';

/** Version of the rule table; a change needs clinical sign-off and a green vignette run (spec §7.3). */
export const RULESET_VERSION = '1.0';

/** A numeric atom, e.g. `age>=65`, `pain_weeks>=6`, `age<18`; its reason id is the key before the operator. */
export type ComparisonAtom = `${'age' | 'pain_weeks'}${'>=' | '<'}${number}`;
/** An atom is true when its answer is exactly `true`, or when its comparison holds (spec §4). */
export type RuleAtom = TriageAnswerKey | ComparisonAtom;

export interface TriageRule {
  id: string;
  level: Exclude<TriageLevel, 'self_care'>;
  /** CNF: every clause must hold; a clause holds when any of its atoms is true. Reasons = all true atoms. */
  when: readonly (readonly RuleAtom[])[];
}

const emergency: readonly TriageRule[] = [
  // Suspected cauda equina syndrome (GIRFT CES pathway 2023; SBNS/BASS 2018; Finucane 2020).
  {
    id: 'E1',
    level: 'emergency',
    when: [['saddle_numbness', 'bladder_change', 'bowel_change', 'sexual_numbness']],
  },
  // Bilateral radicular symptoms treated as suspected CES (GIRFT 2023).
  { id: 'E2', level: 'emergency', when: [['both_legs_symptoms']] },
  // Progressive motor deficit (NICE CKS; NICE NG59).
  { id: 'E3', level: 'emergency', when: [['leg_weakness_worsening']] },
  // Possible aortic aneurysm rupture or dissection (ESVS 2024; ESC 2024).
  { id: 'E4', level: 'emergency', when: [['sudden_tearing_pain']] },
  // Possible coronary syndrome, pulmonary embolism or dissection (NICE CG95).
  { id: 'E5', level: 'emergency', when: [['chest_pain_breathless']] },
  // Major trauma with new neurological symptoms: possible unstable spinal injury (NICE NG41).
  {
    id: 'E6',
    level: 'emergency',
    when: [['major_trauma'], ['tingling_or_numbness', 'one_leg_radiating', 'leg_weakness_new']],
  },
  // Cancer + metastatic-type pain + neurological symptoms: suspected MSCC (NICE NG234 2023).
  {
    id: 'E7',
    level: 'emergency',
    when: [
      ['cancer_history'],
      ['chest_or_upper_back_pain', 'night_pain_constant', 'getting_worse_despite_rest'],
      ['tingling_or_numbness', 'one_leg_radiating'],
    ],
  },
  // Any new limb weakness with a cancer history: suspected MSCC (NICE NG234).
  { id: 'E8', level: 'emergency', when: [['cancer_history'], ['leg_weakness_new']] },
  // Infection risk + new weakness: possible epidural abscess (Finucane 2020).
  { id: 'E9', level: 'emergency', when: [['fever', 'immunosuppressed'], ['leg_weakness_new']] },
  // Possible neutropenic sepsis (NICE CG151).
  { id: 'E10', level: 'emergency', when: [['fever'], ['cancer_history'], ['immunosuppressed']] },
];

const urgent: readonly TriageRule[] = [
  // Fever with back pain: infection or pyelonephritis excluded the same day (Finucane 2020).
  { id: 'U1', level: 'urgent', when: [['fever']] },
  // Infection risk + systemic or non-mechanical features: suspected spinal infection (Finucane 2020).
  {
    id: 'U2',
    level: 'urgent',
    when: [
      ['immunosuppressed', 'long_term_steroids'],
      ['fever', 'unwell_generally', 'night_pain_constant', 'getting_worse_despite_rest'],
    ],
  },
  // Systemic illness + non-mechanical pain or weight loss (Finucane 2020).
  {
    id: 'U3',
    level: 'urgent',
    when: [['unwell_generally'], ['night_pain_constant', 'unexplained_weight_loss']],
  },
  // Combined malignancy features (Downie et al. BMJ 2013).
  {
    id: 'U4',
    level: 'urgent',
    when: [['unexplained_weight_loss'], ['night_pain_constant', 'getting_worse_despite_rest']],
  },
  // Cancer history + pain suggestive of spinal metastases (NICE NG234).
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
  // Cancer history + neurological symptoms without metastatic-type pain (NICE NG234; spec §8.3).
  { id: 'U6', level: 'urgent', when: [['cancer_history'], ['tingling_or_numbness', 'one_leg_radiating']] },
  // Suspected osteoporotic vertebral fracture, any age (NOGG 2022).
  {
    id: 'U7',
    level: 'urgent',
    when: [['minor_trauma_or_strain'], ['osteoporosis_known', 'long_term_steroids']],
  },
  // Fragility fracture suspected from age alone (NOGG 2022; Downie 2013).
  { id: 'U8', level: 'urgent', when: [['minor_trauma_or_strain'], ['age>=65']] },
  // Suspected traumatic spinal fracture (NICE NG41).
  { id: 'U9', level: 'urgent', when: [['major_trauma']] },
  // New, non-progressive motor deficit (NICE CKS sciatica; NICE NG59).
  { id: 'U10', level: 'urgent', when: [['leg_weakness_new']] },
];

// Single soft flags and non-urgent reviews (NICE NG59, NICE CKS, Finucane 2020, NOGG 2022, NICE NG65).
const soon: readonly TriageRule[] = [
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

/** The normative rule table of triage-spec.md §6.1, in table order (the order fixes `reasons`). */
export const triageRules: readonly TriageRule[] = [...emergency, ...urgent, ...soon];
