import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** catalogue-walk-breathe.ts in German, by exercise id. */
export const deWalkBreathe: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {};
