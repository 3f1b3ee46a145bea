import type { Catalogue } from '../../i18n/catalogue.js';
import type { LessonTexts } from './texts.js';

/** Spanish texts of `lessons-movement.ts`. */
export const esMovement: Readonly<Record<string, Catalogue<LessonTexts>>> = {};
