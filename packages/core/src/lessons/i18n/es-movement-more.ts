import type { Catalogue } from '../../i18n/catalogue.js';
import type { LessonTexts } from './texts.js';

/** Spanish texts of `lessons-movement-more.ts`. */
export const esMovementMore: Readonly<Record<string, Catalogue<LessonTexts>>> = {};
