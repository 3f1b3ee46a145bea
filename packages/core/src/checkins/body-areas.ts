/**
 * The fixed body map, head to toe. Ids are stable API values (stored as text, so a new one needs no
 * migration); `bodyAreaLabels` names each one in English.
 */
export const bodyAreas = [
  'neck',
  'shoulder_left',
  'shoulder_right',
  'upper_back',
  'mid_back',
  'lower_back_left',
  'lower_back_centre',
  'lower_back_right',
  'abdomen',
  'pelvis_groin',
  'buttock_left',
  'buttock_right',
  'hip_left',
  'hip_right',
  'thigh_left',
  'thigh_right',
  'below_knee_left',
  'below_knee_right',
  'foot_left',
  'foot_right',
] as const;
export type BodyArea = (typeof bodyAreas)[number];

/** The one English name of each area: the web app's copy, the doctor report and the FHIR export use it. */
export const bodyAreaLabels: Record<BodyArea, string> = {
  neck: 'Neck',
  shoulder_left: 'Left shoulder',
  shoulder_right: 'Right shoulder',
  upper_back: 'Upper back',
  mid_back: 'Middle back',
  lower_back_left: 'Lower back, left',
  lower_back_centre: 'Lower back, centre',
  lower_back_right: 'Lower back, right',
  abdomen: 'Tummy (abdomen)',
  pelvis_groin: 'Pelvis or groin',
  buttock_left: 'Left buttock',
  buttock_right: 'Right buttock',
  hip_left: 'Left hip',
  hip_right: 'Right hip',
  thigh_left: 'Left thigh',
  thigh_right: 'Right thigh',
  below_knee_left: 'Left leg below knee',
  below_knee_right: 'Right leg below knee',
  foot_left: 'Left foot',
  foot_right: 'Right foot',
};

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

/**
 * How the pain feels, in her words. Pins-and-needles, numbness and "shooting down the leg" are the leg
 * symptoms the triage spec asks about (triage/leg-symptoms.ts turns them into a screening prompt).
 */
export const painQualities = [
  'aching',
  'sharp',
  'burning',
  'shooting_down_leg',
  'stiffness',
  'spasm',
  'pins_and_needles',
  'numbness',
] as const;
export type PainQuality = (typeof painQualities)[number];

/** The one English name of each quality: the report, the CSV notes and FHIR use it. */
export const painQualityLabels: Record<PainQuality, string> = {
  aching: 'Aching',
  sharp: 'Sharp',
  burning: 'Burning',
  shooting_down_leg: 'Shooting down the leg',
  stiffness: 'Stiffness',
  spasm: 'Spasm',
  pins_and_needles: 'Pins and needles',
  numbness: 'Numbness',
};
