import {
  type Lesson,
  type LessonLink,
  type LessonTopic,
  lessonTexts,
  lessonTopics,
  routineById,
} from '@spinekind/core';

/** Lowercased words of a search, without accents, so "flashes" finds "Hot flashes" and "pilates" "Pilates". */
function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Lessons holding every word of `query` (title, summary or body): those with every word in the title or
 * summary first, then the rest, each part in library order.
 */
export function searchLessons(library: readonly Lesson[], query: string): Lesson[] {
  const wanted = words(query);
  if (wanted.length === 0) return [...library];
  const holds = (text: string) => {
    const folded = fold(text);
    return wanted.every((w) => folded.includes(w));
  };
  const found = library.filter((l) => holds([l.title, ...lessonTexts(l)].join(' ')));
  const upFront = found.filter((l) => holds(`${l.title} ${l.summary}`));
  return [...upFront, ...found.filter((l) => !upFront.includes(l))];
}

/**
 * Lessons grouped by their first topic, in reading order: a topic comes where its first lesson does
 * (so how pain goes and the warning signs come first, as in the library).
 */
export function byTopic(library: readonly Lesson[]): { topic: LessonTopic; lessons: Lesson[] }[] {
  const groups = new Map<LessonTopic, Lesson[]>();
  for (const lesson of library) {
    const topic = lesson.topics[0] ?? lessonTopics[0];
    groups.set(topic, [...(groups.get(topic) ?? []), lesson]);
  }
  return [...groups].map(([topic, lessons]) => ({ topic, lessons }));
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
