import type { LessonCatalogue } from './texts.js';

/** German texts of the lessons in `lessons-movement.ts`, by lesson id. */
export const deMovement: LessonCatalogue = {};
