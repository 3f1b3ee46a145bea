export * from './bone-swaps.js';
export * from './bones.js';
export { boneSafeAlternative, exerciseById, exercises } from './catalogue.js';
export * from './custom.js';
export {
  exerciseIn,
  exerciseLanguages,
  exercisesIn,
  libraryIn,
  routineIn,
  routinesIn,
  walkingPlanIn,
} from './i18n/index.js';
export { loadLibrary } from './i18n/load.js';
export type { LocalizedLibrary } from './i18n/localize.js';
export { localizeLibrary } from './i18n/localize.js';
export * from './i18n/texts.js';
export { allIllustrations, illustrationFor } from './illustrations/index.js';
export * from './library.js';
export * from './plan.js';
export * from './progression.js';
export * from './refs.js';
export * from './routines.js';
export { BONE_ROUTINE_IDS, boneRoutines } from './routines-bones.js';
export * from './schema.js';
export * from './session.js';
export * from './types.js';
export { WALKING_ROUTINE_ID } from './walking.js';
export * from './walking-plan.js';
