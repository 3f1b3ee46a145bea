import type { LessonCatalogue } from './texts.js';

/** German texts of the lessons in `lessons-sleep-mood.ts`, by lesson id. */
export const deSleepMood: LessonCatalogue = {};
