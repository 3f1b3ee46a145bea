import { deBody } from './de-body.js';
import { deCourse } from './de-course.js';
import { deDesk } from './de-desk.js';
import { deFood } from './de-food.js';
import { deMenopause } from './de-menopause.js';
import { deMovement } from './de-movement.js';
import { deMovementMore } from './de-movement-more.js';
import { deSleepMood } from './de-sleep-mood.js';
import { deTherapies } from './de-therapies.js';
import { deWarningSigns } from './de-warning-signs.js';
import type { LessonCatalogue } from './texts.js';

/** Every lesson in German, by id: loaded on demand (`lessonsIn('de')`), so English-only use never carries it. */
export const deLessons: LessonCatalogue = {
  ...deBody,
  ...deCourse,
  ...deDesk,
  ...deFood,
  ...deMenopause,
  ...deMovement,
  ...deMovementMore,
  ...deSleepMood,
  ...deTherapies,
  ...deWarningSigns,
};
