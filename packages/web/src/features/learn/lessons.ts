import { type Lesson, lessons, lessonsIn } from '@spinekind/core';
import { inLanguage, useInLanguage } from '../../i18n/in-language';

const library = inLanguage<readonly Lesson[]>(lessons, lessonsIn);

/**
 * The lesson library in her language. Lessons come with the app (they read offline); German and Spanish
 * texts load on first use with a dynamic import (not in the first-load JavaScript), and until they are
 * there, or if loading fails offline, the English library shows.
 */
export const useLessons = (): readonly Lesson[] => useInLanguage(library);

/** One lesson in her language, or undefined when the id names none. */
export function useLesson(id: string | null | undefined): Lesson | undefined {
  const library = useLessons();
  return id ? library.find((l) => l.id === id) : undefined;
}
