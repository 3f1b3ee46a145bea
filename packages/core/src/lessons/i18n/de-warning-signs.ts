import type { LessonCatalogue } from './texts.js';

/** German texts of the lessons in `lessons-warning-signs.ts`, by lesson id. */
export const deWarningSigns: LessonCatalogue = {};
