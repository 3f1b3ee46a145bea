import type { LessonCatalogue } from './texts.js';

/** German texts of the lessons in `lessons-menopause.ts`, by lesson id. */
export const deMenopause: LessonCatalogue = {};
