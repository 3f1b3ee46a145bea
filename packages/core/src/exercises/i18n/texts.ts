import type { Catalogue } from '../../i18n/catalogue.js';
import { textsOf } from '../../i18n/catalogue.js';
import type { Exercise, Routine } from '../types.js';
import type { WalkingWeek } from '../walking-plan.js';

/** Every text field of a catalogue exercise: what a translation of one exercise holds. */
export type ExerciseTexts = Pick<
  Exercise,
  'name' | 'purpose' | 'steps' | 'cues' | 'mistakes' | 'cautions' | 'alt' | 'rhythm'
>;

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
] as const satisfies readonly (keyof ExerciseTexts)[];

/** The English texts of an exercise (its catalogue entry), the shape every translation matches. */
export const exerciseTexts = (e: Exercise): ExerciseTexts => textsOf(e, exerciseTextKeys);

/**
 * Every text of a routine: name, description and, where it has evidence, the one-line reason for
 * its grade (the grade and the sources' titles stay as they are).
 */
export type RoutineTexts = Pick<Routine, 'name' | 'description'> & { evidence?: { reason: string } };

/** The English texts of a routine, the shape every translation matches. */
export function routineTexts(r: Routine): RoutineTexts {
  const texts: RoutineTexts = textsOf(r, ['name', 'description'] as const);
  return r.evidence ? { ...texts, evidence: { reason: r.evidence.reason } } : texts;
}

/** The text of one week of the walking plan. */
export type WalkingWeekTexts = Pick<WalkingWeek, 'note'>;

/** The English text of a walking week. */
export const walkingWeekTexts = (w: WalkingWeek): WalkingWeekTexts => textsOf(w, ['note'] as const);

/** One language's translation of the whole library: exercises and routines by id, walking weeks by number. */
export interface ExerciseLanguage {
  exercises: Readonly<Record<string, Catalogue<ExerciseTexts>>>;
  routines: Readonly<Record<string, Catalogue<RoutineTexts>>>;
  walking: Readonly<Record<number, Catalogue<WalkingWeekTexts>>>;
}
