import {
  type Lesson,
  type LessonLink,
  type LessonTopic,
  lessonTexts,
  lessonTopics,
  routineById,
} from '@spinekind/core';

/** Lowercased words of a search, without accents, so "flushes" finds "Hot flushes" and "pilates" "Pilates". */
function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Lessons holding every word of `query` (title, summary or body), in library order. */
export function searchLessons(library: readonly Lesson[], query: string): Lesson[] {
  const wanted = words(query);
  if (wanted.length === 0) return [...library];
  return library.filter((lesson) => {
    const haystack = fold([lesson.title, ...lessonTexts(lesson)].join(' '));
    return wanted.every((w) => haystack.includes(w));
  });
}

/** Lessons grouped by their first topic, topics in the library's topic order, lessons in reading order. */
export function byTopic(library: readonly Lesson[]): { topic: LessonTopic; lessons: Lesson[] }[] {
  return lessonTopics
    .map((topic) => ({ topic, lessons: library.filter((l) => l.topics[0] === topic) }))
    .filter((g) => g.lessons.length > 0);
}

/**
 * The app address a "try this" block opens, or `null` when that screen does not exist (yet): then the
 * block shows as plain text.
 */
export function linkTarget(link: LessonLink): string | null {
  switch (link.kind) {
    case 'routine':
      return routineById(link.id) ? `/move/routines/${link.id}` : null;
    case 'checklist':
      return `/setup#list-${link.id}`;
    case 'lesson':
      return `/learn/${link.id}`;
    case 'deskCheck':
      return '/desk-check';
    case 'breaks':
      return '/breaks';
    default:
      return null;
  }
}
