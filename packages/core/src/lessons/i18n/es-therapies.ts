import type { LessonCatalogue } from './texts.js';

/** Spanish texts of the lessons in `lessons-therapies.ts`, by lesson id. */
export const esTherapies: LessonCatalogue = {};
