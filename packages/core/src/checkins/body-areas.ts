import type { Locale } from '../i18n/locales.js';

/**
 * The fixed body map, head to toe. Ids are stable API values (stored as text, so a new one needs no
 * migration); `bodyAreaLabels` names each one in English, `bodyAreaLabelsIn(locale)` in her language.
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

const bodyAreaLabelsDe: Record<BodyArea, string> = {
  neck: 'Nacken',
  shoulder_left: 'Linke Schulter',
  shoulder_right: 'Rechte Schulter',
  upper_back: 'Oberer Rücken',
  mid_back: 'Mittlerer Rücken',
  lower_back_left: 'Unterer Rücken, links',
  lower_back_centre: 'Unterer Rücken, Mitte',
  lower_back_right: 'Unterer Rücken, rechts',
  abdomen: 'Bauch',
  pelvis_groin: 'Becken oder Leiste',
  buttock_left: 'Linke Gesäßhälfte',
  buttock_right: 'Rechte Gesäßhälfte',
  hip_left: 'Linke Hüfte',
  hip_right: 'Rechte Hüfte',
  thigh_left: 'Linker Oberschenkel',
  thigh_right: 'Rechter Oberschenkel',
  below_knee_left: 'Linkes Bein unterhalb des Knies',
  below_knee_right: 'Rechtes Bein unterhalb des Knies',
  foot_left: 'Linker Fuß',
  foot_right: 'Rechter Fuß',
};

const bodyAreaLabelsEs: Record<BodyArea, string> = {
  neck: 'Cuello',
  shoulder_left: 'Hombro izquierdo',
  shoulder_right: 'Hombro derecho',
  upper_back: 'Parte alta de la espalda',
  mid_back: 'Parte media de la espalda',
  lower_back_left: 'Zona lumbar, izquierda',
  lower_back_centre: 'Zona lumbar, centro',
  lower_back_right: 'Zona lumbar, derecha',
  abdomen: 'Barriga (abdomen)',
  pelvis_groin: 'Pelvis o ingle',
  buttock_left: 'Nalga izquierda',
  buttock_right: 'Nalga derecha',
  hip_left: 'Cadera izquierda',
  hip_right: 'Cadera derecha',
  thigh_left: 'Muslo izquierdo',
  thigh_right: 'Muslo derecho',
  below_knee_left: 'Pierna izquierda, debajo de la rodilla',
  below_knee_right: 'Pierna derecha, debajo de la rodilla',
  foot_left: 'Pie izquierdo',
  foot_right: 'Pie derecho',
};

/** Every area's name in every language, so the web copy, the report and FHIR name it in hers. */
export const bodyAreaLabelsByLocale: Record<Locale, Record<BodyArea, string>> = {
  en: bodyAreaLabels,
  de: bodyAreaLabelsDe,
  es: bodyAreaLabelsEs,
};

/** The names of the areas in one language (English when the locale is English). */
export const bodyAreaLabelsIn = (locale: Locale): Record<BodyArea, string> => bodyAreaLabelsByLocale[locale];

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

const painQualityLabelsDe: Record<PainQuality, string> = {
  aching: 'Dumpf',
  sharp: 'Stechend',
  burning: 'Brennend',
  shooting_down_leg: 'Schießt ins Bein',
  stiffness: 'Steifheit',
  spasm: 'Krampf',
  pins_and_needles: 'Kribbeln',
  numbness: 'Taubheitsgefühl',
};

const painQualityLabelsEs: Record<PainQuality, string> = {
  aching: 'Dolor sordo',
  sharp: 'Punzante',
  burning: 'Ardor',
  shooting_down_leg: 'Baja por la pierna',
  stiffness: 'Rigidez',
  spasm: 'Espasmo',
  pins_and_needles: 'Hormigueo',
  numbness: 'Entumecimiento',
};

/** Every quality's name in every language, for the web copy, the report and FHIR. */
export const painQualityLabelsByLocale: Record<Locale, Record<PainQuality, string>> = {
  en: painQualityLabels,
  de: painQualityLabelsDe,
  es: painQualityLabelsEs,
};

/** The names of the pain qualities in one language (English when the locale is English). */
export const painQualityLabelsIn = (locale: Locale): Record<PainQuality, string> =>
  painQualityLabelsByLocale[locale];
