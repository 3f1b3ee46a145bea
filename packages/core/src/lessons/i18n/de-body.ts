import type { LessonCatalogue } from './texts.js';

/** German texts of the lessons in `lessons-body.ts`, by lesson id. */
export const deBody: LessonCatalogue = {};
