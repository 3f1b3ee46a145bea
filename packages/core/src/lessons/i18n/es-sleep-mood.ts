import type { Catalogue } from '../../i18n/catalogue.js';
import type { LessonTexts } from './texts.js';

/** Spanish texts of `lessons-sleep-mood.ts`. */
export const esSleepMood: Readonly<Record<string, Catalogue<LessonTexts>>> = {};
