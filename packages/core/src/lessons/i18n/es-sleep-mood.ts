import type { LessonCatalogue } from './texts.js';

/** Spanish texts of the lessons in `lessons-sleep-mood.ts`, by lesson id. */
export const esSleepMood: LessonCatalogue = {};
