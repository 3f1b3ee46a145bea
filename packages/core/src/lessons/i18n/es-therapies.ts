import type { Catalogue } from '../../i18n/catalogue.js';
import type { LessonTexts } from './texts.js';

/** Spanish texts of `lessons-therapies.ts`. */
export const esTherapies: Readonly<Record<string, Catalogue<LessonTexts>>> = {};
