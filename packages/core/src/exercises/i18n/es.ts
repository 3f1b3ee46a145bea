import { esBones } from './es-bones.js';
import { esCore } from './es-core.js';
import { esDesk } from './es-desk.js';
import { esMobility } from './es-mobility.js';
import { esRelax } from './es-relax.js';
import { esRoutines } from './es-routines.js';
import { esStrength } from './es-strength.js';
import { esWalkBreathe } from './es-walk-breathe.js';
import { esWalking } from './es-walking.js';
import type { ExerciseLanguage } from './texts.js';

/** The exercise library in Spanish: one module, so the web app can load it only for those who read it. */
export const es: ExerciseLanguage = {
  exercises: {
    ...esMobility,
    ...esCore,
    ...esStrength,
    ...esDesk,
    ...esWalkBreathe,
    ...esRelax,
    ...esBones,
  },
  routines: esRoutines,
  walking: esWalking,
};
