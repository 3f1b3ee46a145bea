import type { Locale } from '../../i18n/locales.js';
import type { Exercise, Routine } from '../types.js';
import type { WalkingWeek } from '../walking-plan.js';
import { de } from './de.js';
import { es } from './es.js';
import { type LocalizedLibrary, localizeLibrary } from './localize.js';
import type { ExerciseLanguage } from './texts.js';

/** Every language's translation of the library (English is the data itself). */
export const exerciseLanguages: Readonly<Record<Exclude<Locale, 'en'>, ExerciseLanguage>> = { de, es };

const cache = new Map<Locale, LocalizedLibrary>();

/** The whole library in one language, built once per language (the server's way in). */
export function libraryIn(locale: Locale): LocalizedLibrary {
  let library = cache.get(locale);
  if (!library) {
    library = localizeLibrary(locale === 'en' ? undefined : exerciseLanguages[locale]);
    cache.set(locale, library);
  }
  return library;
}

/** Every built-in exercise in her language. */
export const exercisesIn = (locale: Locale): readonly Exercise[] => libraryIn(locale).exercises;

/** One built-in exercise in her language, if the id is one. */
export const exerciseIn = (id: string, locale: Locale): Exercise | undefined =>
  libraryIn(locale).exerciseById(id);

/** The listed built-in routines in her language. */
export const routinesIn = (locale: Locale): readonly Routine[] => libraryIn(locale).routines;

/** One built-in routine (the bone programme's too) in her language, if the id is one. */
export const routineIn = (id: string, locale: Locale): Routine | undefined =>
  libraryIn(locale).routineById(id);

/** The eight-week walking plan with its notes in her language. */
export const walkingPlanIn = (locale: Locale): readonly WalkingWeek[] => libraryIn(locale).walkingPlan;
