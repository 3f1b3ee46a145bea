import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** catalogue-mobility.ts in Spanish, by exercise id. */
export const esMobility: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {};
