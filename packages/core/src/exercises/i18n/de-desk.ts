import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** catalogue-desk.ts in German, by exercise id. */
export const deDesk: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {};
