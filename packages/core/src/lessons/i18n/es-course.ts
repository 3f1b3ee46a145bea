import type { LessonCatalogue } from './texts.js';

/** Spanish texts of the lessons in `lessons-course.ts`, by lesson id. */
export const esCourse: LessonCatalogue = {};
