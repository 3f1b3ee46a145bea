import { z } from 'zod';
import { exerciseById } from './catalogue.js';
import { customIdOf, customRoutineFields } from './custom.js';
import type { Library } from './library.js';
import { routineById } from './routines.js';
import { WALKING_ROUTINE_ID } from './walking.js';

const isCustom = (ref: string) => customIdOf(ref) !== undefined;

/** A catalogue exercise id or `custom:<uuid>`. */
export const isExerciseRef = (ref: string): boolean => exerciseById(ref) !== undefined || isCustom(ref);
/** A routine a plan entry may name: catalogue routine id or `custom:<uuid>`. */
export const isPlannableRoutine = (ref: string): boolean => routineById(ref) !== undefined || isCustom(ref);
/** A routine a session may record: as for plans, or `walking`. */
export const isSessionRoutine = (ref: string): boolean =>
  ref === WALKING_ROUTINE_ID || isPlannableRoutine(ref);

/** The built-in exercises and routines as a `Library` (add the user's own with `libraryOf`). */
export const catalogueLibrary: Library = { exercise: exerciseById, routine: routineById };

const routineFields = customRoutineFields((id) => exerciseById(id) !== undefined);
/** A routine the user builds from catalogue exercises and her own (`custom:<uuid>`), 1–30 items. */
export const customRoutineInputSchema = z.strictObject({
  id: z.uuid({ error: 'id must be a UUID.' }).optional(),
  ...routineFields,
});
export type CustomRoutineInput = z.infer<typeof customRoutineInputSchema>;
export const customRoutinePatchSchema = z.strictObject(routineFields).partial();
export type CustomRoutinePatch = z.infer<typeof customRoutinePatchSchema>;
