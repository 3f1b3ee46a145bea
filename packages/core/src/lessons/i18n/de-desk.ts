import type { LessonCatalogue } from './texts.js';

/** German texts of the lessons in `lessons-desk.ts`, by lesson id. */
export const deDesk: LessonCatalogue = {};
