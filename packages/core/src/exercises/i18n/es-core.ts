import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** catalogue-core.ts in Spanish, by exercise id. */
export const esCore: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {};
