import type { LessonCatalogue } from './texts.js';

/** Spanish texts of the lessons in `lessons-food.ts`, by lesson id. */
export const esFood: LessonCatalogue = {};
