import type { LessonCatalogue } from './texts.js';

/** German texts of the lessons in `lessons-therapies.ts`, by lesson id. */
export const deTherapies: LessonCatalogue = {};
