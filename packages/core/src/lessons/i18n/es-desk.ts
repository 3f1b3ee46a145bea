import type { LessonCatalogue } from './texts.js';

/** Spanish texts of the lessons in `lessons-desk.ts`, by lesson id. */
export const esDesk: LessonCatalogue = {};
