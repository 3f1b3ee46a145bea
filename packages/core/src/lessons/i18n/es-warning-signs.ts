import type { LessonCatalogue } from './texts.js';

/** Spanish texts of the lessons in `lessons-warning-signs.ts`, by lesson id. */
export const esWarningSigns: LessonCatalogue = {};
