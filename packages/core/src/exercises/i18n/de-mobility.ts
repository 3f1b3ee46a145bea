import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** catalogue-mobility.ts in German, by exercise id. */
export const deMobility: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {};
