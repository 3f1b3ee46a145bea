import type { LessonCatalogue } from './texts.js';

/** German texts of the lessons in `lessons-food.ts`, by lesson id. */
export const deFood: LessonCatalogue = {};
