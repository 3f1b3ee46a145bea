import type { LessonCatalogue } from './texts.js';

/** Spanish texts of the lessons in `lessons-movement-more.ts`, by lesson id. */
export const esMovementMore: LessonCatalogue = {};
