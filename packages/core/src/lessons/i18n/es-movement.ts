import type { LessonCatalogue } from './texts.js';

/** Spanish texts of the lessons in `lessons-movement.ts`, by lesson id. */
export const esMovement: LessonCatalogue = {};
