import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** catalogue-core.ts in German, by exercise id. */
export const deCore: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {};
