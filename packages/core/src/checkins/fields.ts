// A check-in's field names and limits, apart from their schemas (schema.ts), so a browser screen that
// only needs them does not load zod.

export const NOTES_MAX = 2000;

const names = [
  'recordedAt',
  'pain',
  'painWorst',
  'bodyAreas',
  'painByArea',
  'painQualities',
  'stiffnessMinutes',
  'sleepHours',
  'sleepQuality',
  'nightPain',
  'nightWakings',
  'mood',
  'stress',
  'hotFlushes',
  'nightSweats',
  'bleeding',
  'activityMinutes',
  'sittingHours',
  'waterGlasses',
  'foods',
  'weightKg',
  'waistCm',
  'notes',
  'custom',
] as const;
export type CheckinFieldName = (typeof names)[number];

/** The field names a check-in carries (besides `id`), in display order (schema.ts's fields, checked there). */
export const checkinFieldNames: CheckinFieldName[] = [...names];
