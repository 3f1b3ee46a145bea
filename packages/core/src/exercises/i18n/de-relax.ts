import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** catalogue-relax.ts in German, by exercise id. */
export const deRelax: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {};
