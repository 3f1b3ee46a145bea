import type { Catalogue } from '../../i18n/catalogue.js';
import type { RoutineTexts } from './texts.js';

/** Every built-in routine (routines.ts, routines-relax.ts, routines-bones.ts) in German, by routine id. */
export const deRoutines: Readonly<Record<string, Catalogue<RoutineTexts>>> = {};
