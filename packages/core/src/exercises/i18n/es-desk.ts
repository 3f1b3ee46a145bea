import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** catalogue-desk.ts in Spanish, by exercise id. */
export const esDesk: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {};
