/** The Apple Health (HealthKit) record types Spinekind brings in, and the daily metric each becomes. */

export const HK = {
  steps: 'HKQuantityTypeIdentifierStepCount',
  sleep: 'HKCategoryTypeIdentifierSleepAnalysis',
  bodyMass: 'HKQuantityTypeIdentifierBodyMass',
  waist: 'HKQuantityTypeIdentifierWaistCircumference',
  menstrualFlow: 'HKCategoryTypeIdentifierMenstrualFlow',
  spotting: 'HKCategoryTypeIdentifierIntermenstrualBleeding',
  hotFlashes: 'HKCategoryTypeIdentifierHotFlashes',
} as const;

/**
 * Symptom categories → daily metric `symptom:<key>` (0 not present … 3 severe). Chosen for what matters
 * around a painful back in midlife; other categories are counted as skipped.
 */
export const symptomTypes = {
  HKCategoryTypeIdentifierLowerBackPain: 'lowerBackPain',
  HKCategoryTypeIdentifierGeneralizedBodyAche: 'bodyAche',
  HKCategoryTypeIdentifierPelvicPain: 'pelvicPain',
  HKCategoryTypeIdentifierHeadache: 'headache',
  HKCategoryTypeIdentifierFatigue: 'fatigue',
  HKCategoryTypeIdentifierMoodChanges: 'moodChanges',
  HKCategoryTypeIdentifierSleepChanges: 'sleepChanges',
  HKCategoryTypeIdentifierNightSweats: 'nightSweats',
  HKCategoryTypeIdentifierMemoryLapse: 'memoryLapse',
  HKCategoryTypeIdentifierAbdominalCramps: 'abdominalCramps',
  HKCategoryTypeIdentifierBloating: 'bloating',
  HKCategoryTypeIdentifierBreastPain: 'breastPain',
  HKCategoryTypeIdentifierVaginalDryness: 'vaginalDryness',
  HKCategoryTypeIdentifierBladderIncontinence: 'bladderIncontinence',
} as const;
export type SymptomKey = (typeof symptomTypes)[keyof typeof symptomTypes];
export const symptomKeys = Object.values(symptomTypes) as SymptomKey[];

/** Every HealthKit type that can add to Spinekind's records. */
export const mappedAppleTypes: readonly string[] = [...Object.values(HK), ...Object.keys(symptomTypes)];

/**
 * Apple's symptom values → our 0–3 scale. "Present" (Apple's `Unspecified` severity, or the presence
 * value some categories use) counts as 1: the symptom was there, its strength was not given.
 */
export const symptomLevels: Readonly<Record<string, number>> = {
  HKCategoryValueSeverityNotPresent: 0,
  HKCategoryValueSeverityUnspecified: 1,
  HKCategoryValueSeverityMild: 1,
  HKCategoryValueSeverityModerate: 2,
  HKCategoryValueSeveritySevere: 3,
  HKCategoryValuePresenceNotPresent: 0,
  HKCategoryValuePresencePresent: 1,
};

/** Sleep values that mean asleep (not in bed awake, not awake). */
export const asleepValues: ReadonlySet<string> = new Set([
  'HKCategoryValueSleepAnalysisAsleep',
  'HKCategoryValueSleepAnalysisAsleepUnspecified',
  'HKCategoryValueSleepAnalysisAsleepCore',
  'HKCategoryValueSleepAnalysisAsleepDeep',
  'HKCategoryValueSleepAnalysisAsleepREM',
]);

/** Apple's menstrual flow values; `None` records a day without bleeding. `Unspecified` is bleeding of unknown flow. */
export const flowValues: Readonly<Record<string, 'light' | 'medium' | 'heavy' | 'unspecified' | 'none'>> = {
  HKCategoryValueMenstrualFlowUnspecified: 'unspecified',
  HKCategoryValueMenstrualFlowLight: 'light',
  HKCategoryValueMenstrualFlowMedium: 'medium',
  HKCategoryValueMenstrualFlowHeavy: 'heavy',
  HKCategoryValueMenstrualFlowNone: 'none',
};

/** `table[key]` for own keys only: a file could name a type `constructor` or `__proto__`. */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string | undefined): T | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Units Apple uses for body mass and waist → factor to kg / cm. */
export const massUnits: Readonly<Record<string, number>> = {
  kg: 1,
  g: 0.001,
  lb: 0.45359237,
  st: 6.35029318,
};
export const lengthUnits: Readonly<Record<string, number>> = { cm: 1, mm: 0.1, m: 100, in: 2.54, ft: 30.48 };
