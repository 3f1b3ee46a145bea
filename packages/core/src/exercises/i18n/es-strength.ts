import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** catalogue-strength.ts in Spanish, by exercise id. */
export const esStrength: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {};
