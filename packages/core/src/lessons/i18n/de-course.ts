import type { LessonCatalogue } from './texts.js';

/** German texts of the lessons in `lessons-course.ts`, by lesson id. */
export const deCourse: LessonCatalogue = {};
