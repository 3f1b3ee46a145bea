import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** catalogue-walk-breathe.ts in Spanish, by exercise id. */
export const esWalkBreathe: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {};
