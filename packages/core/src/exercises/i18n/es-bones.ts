import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** catalogue-bones.ts in Spanish, by exercise id. */
export const esBones: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {};
