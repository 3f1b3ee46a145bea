import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** catalogue-relax.ts in Spanish, by exercise id. */
export const esRelax: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {};
