import { withTexts } from '../../i18n/catalogue.js';
import type { Locale } from '../../i18n/locales.js';
import { lessons } from '../library.js';
import type { Lesson } from '../schema.js';
import type { LessonCatalogue } from './texts.js';

export type { LessonBlockTexts, LessonCatalogue, LessonTexts } from './texts.js';
export { blockTexts, lessonTextsOf } from './texts.js';

/**
 * Lessons in her language. The English library is the data itself; German and Spanish are overlays
 * (`withTexts`) of titles, summaries, grade reasons and body texts, loaded with a dynamic `import()`
 * so the web's first load and English readers never carry them. Ids, grades, sources, links and
 * reading time stay as in English. Answers are cached per language.
 */
const catalogues: Record<Exclude<Locale, 'en'>, () => Promise<LessonCatalogue>> = {
  de: () => import('./de.js').then((m) => m.deLessons),
  es: () => import('./es.js').then((m) => m.esLessons),
};

/** The library with each lesson's texts from `catalogue` (a lesson it lacks stays English). */
export function localizeLessons(library: readonly Lesson[], catalogue: LessonCatalogue): Lesson[] {
  return library.map((lesson) => withTexts(lesson, catalogue[lesson.id]));
}

const loading = new Map<Exclude<Locale, 'en'>, Promise<readonly Lesson[]>>();
const loaded = new Map<Exclude<Locale, 'en'>, readonly Lesson[]>();

/** Every lesson in this language, in the library's reading order. */
export function lessonsIn(locale: Locale): Promise<readonly Lesson[]> {
  if (locale === 'en') return Promise.resolve(lessons);
  let library = loading.get(locale);
  if (!library) {
    library = catalogues[locale]().then((catalogue) => {
      const localized = localizeLessons(lessons, catalogue);
      loaded.set(locale, localized);
      return localized;
    });
    // A failed load (offline web, chunk gone) is tried again next time rather than cached.
    library.catch(() => loading.delete(locale));
    loading.set(locale, library);
  }
  return library;
}

/** The lesson with this id in this language, if there is one. */
export async function lessonIn(id: string, locale: Locale): Promise<Lesson | undefined> {
  return (await lessonsIn(locale)).find((l) => l.id === id);
}

/** The library in this language if it is loaded already (English always is), for a first render without waiting. */
export function lessonsLoaded(locale: Locale): readonly Lesson[] | undefined {
  return locale === 'en' ? lessons : loaded.get(locale);
}
