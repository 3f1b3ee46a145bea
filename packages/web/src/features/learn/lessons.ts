import { type Lesson, lessonsIn, lessonsLoaded } from '@spinekind/core';
import { useEffect, useState } from 'react';
import { useLocale } from '../../i18n/locale';

/**
 * The lesson library in her language. Lessons come with the app (they read offline); German and Spanish
 * texts load on first use with a dynamic import (not in the first-load JavaScript), and until they are
 * there, or if loading fails offline, the English library shows.
 */
export function useLessons(): readonly Lesson[] {
  const locale = useLocale();
  const [library, setLibrary] = useState(() => lessonsLoaded(locale));
  useEffect(() => {
    let current = true;
    setLibrary(lessonsLoaded(locale));
    lessonsIn(locale).then(
      (loaded) => current && setLibrary(loaded),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [locale]);
  return library ?? lessonsLoaded('en') ?? [];
}

/** One lesson in her language, or undefined when the id names none. */
export function useLesson(id: string | null | undefined): Lesson | undefined {
  const library = useLessons();
  return id ? library.find((l) => l.id === id) : undefined;
}
