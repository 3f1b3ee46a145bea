import type { LessonCatalogue } from './texts.js';

/** German texts of the lessons in `lessons-movement-more.ts`, by lesson id. */
export const deMovementMore: LessonCatalogue = {};
