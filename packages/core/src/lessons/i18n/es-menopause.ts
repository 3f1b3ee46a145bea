import type { LessonCatalogue } from './texts.js';

/** Spanish texts of the lessons in `lessons-menopause.ts`, by lesson id. */
export const esMenopause: LessonCatalogue = {};
