import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** catalogue-bones.ts in German, by exercise id. */
export const deBones: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {};
