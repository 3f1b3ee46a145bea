import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** catalogue-strength.ts in German, by exercise id. */
export const deStrength: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {};
