import { textsOf } from '../../i18n/catalogue.js';
import type { Exercise } from '../types.js';

/** The fields of an exercise she reads or hears; everything else (ids, doses, drawings) is the same in every language. */
export const exerciseTextKeys = [
  'name',
  'purpose',
  'steps',
  'cues',
  'mistakes',
  'cautions',
  'alt',
  'rhythm',
] as const satisfies readonly (keyof Exercise)[];

/** The text fields of an exercise: the shape each translation of an exercise has (`Catalogue<ExerciseTexts>`). */
export type ExerciseTexts = Pick<Exercise, (typeof exerciseTextKeys)[number]>;

/** The English texts of one exercise, to check a translation against with `catalogueGaps`. */
export const exerciseTexts = (exercise: Exercise): ExerciseTexts => textsOf(exercise, exerciseTextKeys);
