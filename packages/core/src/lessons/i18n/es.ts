import { esBody } from './es-body.js';
import { esCourse } from './es-course.js';
import { esDesk } from './es-desk.js';
import { esFood } from './es-food.js';
import { esMenopause } from './es-menopause.js';
import { esMovement } from './es-movement.js';
import { esMovementMore } from './es-movement-more.js';
import { esSleepMood } from './es-sleep-mood.js';
import { esTherapies } from './es-therapies.js';
import { esWarningSigns } from './es-warning-signs.js';
import type { LessonCatalogue } from './texts.js';

/** Every lesson in Spanish, by id: loaded on demand (`lessonsIn('es')`), so English-only use never carries it. */
export const esLessons: LessonCatalogue = {
  ...esBody,
  ...esCourse,
  ...esDesk,
  ...esFood,
  ...esMenopause,
  ...esMovement,
  ...esMovementMore,
  ...esSleepMood,
  ...esTherapies,
  ...esWarningSigns,
};
