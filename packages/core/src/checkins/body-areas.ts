/** The fixed body map. Ids are stable API values; the web app names them in the user's language. */
export const bodyAreas = [
  'neck',
  'upper_back',
  'mid_back',
  'lower_back_left',
  'lower_back_centre',
  'lower_back_right',
  'buttock_left',
  'buttock_right',
  'hip_left',
  'hip_right',
  'thigh_left',
  'thigh_right',
  'below_knee_left',
  'below_knee_right',
] as const;
export type BodyArea = (typeof bodyAreas)[number];

/** Areas below the knee: pain spreading here is one of the prompts for a red-flag screening. */
export const belowKneeAreas: readonly BodyArea[] = ['below_knee_left', 'below_knee_right'];

export const foods = [
  'oily_fish',
  'leafy_greens',
  'berries',
  'turmeric_ginger',
  'wholegrains',
  'ultra_processed',
  'alcohol',
  'caffeine_after_noon',
] as const;
export type Food = (typeof foods)[number];

export const bleedingLevels = ['none', 'spotting', 'light', 'medium', 'heavy'] as const;
export type Bleeding = (typeof bleedingLevels)[number];
