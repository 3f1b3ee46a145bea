import type { Checkin } from '@spinekind/core';
import type { CodeableConcept } from 'fhir/r4.js';
import { nameId } from '../db/name-id.js';

export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
/** Our own code system for what LOINC has no code for; its codes are the API field names. */
export const OWN_CODES = 'https://spinekind.org/fhir/CodeSystem/observation';
export const BODY_AREA_CODES = 'https://spinekind.org/fhir/CodeSystem/body-area';
export const PAIN_QUALITY_CODES = 'https://spinekind.org/fhir/CodeSystem/pain-quality';
export const FOOD_CODES = 'https://spinekind.org/fhir/CodeSystem/food';
export const BLEEDING_CODES = 'https://spinekind.org/fhir/CodeSystem/bleeding';
export const TRACKER_CODES = 'https://spinekind.org/fhir/CodeSystem/tracker';
export const CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const ROUTINE_CODES = 'https://spinekind.org/fhir/CodeSystem/routine';
export const RATING_CODES = 'https://spinekind.org/fhir/CodeSystem/session-rating';
/** Where an imported value came from (`meta.tag`): the app's id as code, its name as display. */
export const SOURCE_CODES = 'https://spinekind.org/fhir/CodeSystem/import-source';

/** A stable resource id (UUID version 5) from a name, so the same record always gets the same resource id. */
export function uuidOf(name: string): string {
  return nameId('fhir', name);
}

export const concept = (system: string, code: string, display: string): CodeableConcept => ({
  coding: [{ system, code, display }],
  text: display,
});

const categoryDisplay = { survey: 'Survey', 'vital-signs': 'Vital Signs', activity: 'Activity' } as const;
export type Category = keyof typeof categoryDisplay;
export const category = (code: Category): CodeableConcept[] => [
  { coding: [{ system: CATEGORY, code, display: categoryDisplay[code] }] },
];

type NumericField =
  | 'pain'
  | 'painWorst'
  | 'stiffnessMinutes'
  | 'sleepHours'
  | 'sleepQuality'
  | 'nightWakings'
  | 'mood'
  | 'stress'
  | 'hotFlushes'
  | 'activityMinutes'
  | 'sittingHours'
  | 'waterGlasses'
  | 'weightKg'
  | 'waistCm';

export interface NumericCode {
  /** LOINC code where one exists (checked against loinc.org), else our own code (the field name). */
  loinc?: string;
  display: string;
  /** UCUM code and its human form. */
  unit: [code: string, text: string];
  vital?: boolean;
}

/** Each numeric check-in field: its code and UCUM unit. */
export const numericCodes: Record<NumericField, NumericCode> = {
  pain: {
    loinc: '72514-3',
    display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
    unit: ['{score}', 'score'],
  },
  painWorst: { display: 'Worst pain today, 0-10', unit: ['{score}', 'score'] },
  stiffnessMinutes: { display: 'Morning stiffness duration', unit: ['min', 'min'] },
  sleepHours: { loinc: '93832-4', display: 'Sleep duration', unit: ['h', 'h'] },
  sleepQuality: { display: 'Sleep quality, 0-10', unit: ['{score}', 'score'] },
  nightWakings: { display: 'Night wakings', unit: ['{count}', 'count'] },
  mood: { display: 'Mood, 0-10 (10 best)', unit: ['{score}', 'score'] },
  stress: { display: 'Stress, 0-10', unit: ['{score}', 'score'] },
  hotFlushes: { display: 'Hot flushes', unit: ['{count}', 'count'] },
  activityMinutes: { display: 'Physical activity duration', unit: ['min', 'min'] },
  sittingHours: { display: 'Time spent sitting', unit: ['h', 'h'] },
  waterGlasses: { display: 'Glasses of water', unit: ['{glass}', 'glass'] },
  weightKg: { loinc: '29463-7', display: 'Body weight', unit: ['kg', 'kg'], vital: true },
  waistCm: {
    loinc: '8280-0',
    display: 'Waist circumference at umbilicus by Tape measure',
    unit: ['cm', 'cm'],
    vital: true,
  },
};
export const numericFields = Object.keys(numericCodes) as (NumericField & keyof Checkin)[];

export const booleanCodes = {
  nightPain: 'Pain at night',
  nightSweats: 'Night sweats',
} as const;

/** LOINC answer list LL358-3 (PHQ/GAD frequency), by answer value 0–3. */
export const frequencyAnswers = [
  ['LA6568-5', 'Not at all'],
  ['LA6569-3', 'Several days'],
  ['LA6570-1', 'More than half the days'],
  ['LA6571-9', 'Nearly every day'],
] as const;

/**
 * Questionnaire canonicals and item link ids. PHQ-2 is LOINC panel 55757-9 (items 44250-9, 44255-8, total
 * 55758-7); GAD-2's items are the first two GAD-7 items (69725-0, 68509-9) but LOINC has no GAD-2 panel we could
 * confirm, so its canonical is ours. PEG, MRS, RMDQ and the function tests have our own canonicals and numbered items.
 */
export const questionnaireCodes: Record<string, { url: string; items?: string[]; total?: string }> = {
  phq2: { url: 'http://loinc.org/q/55757-9', items: ['44250-9', '44255-8'], total: '55758-7' },
  gad2: { url: 'https://spinekind.org/fhir/Questionnaire/gad2', items: ['69725-0', '68509-9'] },
  peg: { url: 'https://spinekind.org/fhir/Questionnaire/peg' },
  mrs: { url: 'https://spinekind.org/fhir/Questionnaire/mrs' },
  rmdq: { url: 'https://spinekind.org/fhir/Questionnaire/rmdq' },
  chair_stand: { url: 'https://spinekind.org/fhir/Questionnaire/chair-stand' },
  single_leg_stance: { url: 'https://spinekind.org/fhir/Questionnaire/single-leg-stance' },
  balance_4stage: { url: 'https://spinekind.org/fhir/Questionnaire/balance-4-stage' },
};

/** LOINC 41950-7, as the HL7 Physical Activity IG codes a day's step count (UCUM `/d`). */
export const stepsCode: NumericCode = {
  loinc: '41950-7',
  display: 'Number of steps in 24 hour Measured',
  unit: ['/d', 'steps/day'],
};

/** LOINC 55411-3 (HL7 Physical Activity IG): how long one exercise session lasted. */
export const exerciseDurationCode = { loinc: '55411-3', display: 'Exercise duration' } as const;
