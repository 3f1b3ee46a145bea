import { deBones } from './de-bones.js';
import { deCore } from './de-core.js';
import { deDesk } from './de-desk.js';
import { deMobility } from './de-mobility.js';
import { deRelax } from './de-relax.js';
import { deRoutines } from './de-routines.js';
import { deStrength } from './de-strength.js';
import { deWalkBreathe } from './de-walk-breathe.js';
import { deWalking } from './de-walking.js';
import type { ExerciseLanguage } from './texts.js';

/** The exercise library in German: one module, so the web app can load it only for those who read it. */
export const de: ExerciseLanguage = {
  exercises: {
    ...deMobility,
    ...deCore,
    ...deStrength,
    ...deDesk,
    ...deWalkBreathe,
    ...deRelax,
    ...deBones,
  },
  routines: deRoutines,
  walking: deWalking,
};
