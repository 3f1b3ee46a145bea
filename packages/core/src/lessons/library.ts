/** The lessons as data, in reading order, and lookup by id (index.ts re-exports them with the rest). */
import { bodyLessons } from './lessons-body.js';
import { courseLessons } from './lessons-course.js';
import { deskLessons } from './lessons-desk.js';
import { foodLessons } from './lessons-food.js';
import { menopauseLessons } from './lessons-menopause.js';
import { movementLessons } from './lessons-movement.js';
import { moreMovementLessons } from './lessons-movement-more.js';
import { sleepMoodLessons } from './lessons-sleep-mood.js';
import { therapyLessons } from './lessons-therapies.js';
import { warningSignsLesson } from './lessons-warning-signs.js';
import type { Lesson } from './schema.js';

/** Every lesson, in a sensible reading order: how pain goes and when to worry first. */
export const lessons: readonly Lesson[] = [
  ...courseLessons.slice(0, 1),
  warningSignsLesson,
  ...movementLessons,
  ...moreMovementLessons,
  ...sleepMoodLessons,
  ...menopauseLessons,
  ...bodyLessons,
  ...deskLessons,
  ...foodLessons,
  ...therapyLessons,
  ...courseLessons.slice(1),
];

const byId = new Map(lessons.map((l) => [l.id, l]));

/** The lesson with this id, if there is one. */
export function lessonById(id: string): Lesson | undefined {
  return byId.get(id);
}
