import type { LessonCatalogue } from './texts.js';

/** Spanish texts of the lessons in `lessons-body.ts`, by lesson id. */
export const esBody: LessonCatalogue = {};
