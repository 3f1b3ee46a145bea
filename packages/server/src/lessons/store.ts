import { type Lesson, type Locale, lessonById, lessonsIn } from '@spinekind/core';
import { asc, eq } from 'drizzle-orm';
import type { UserScope } from '../db/scope.js';
import { loadProfile } from '../profile/store.js';
import { lessonReads } from './table.js';

/** Her reading state as `lessonId → readAt` (ISO instants). */
export async function loadLessonReads(scope: UserScope): Promise<{ lessonId: string; readAt: string }[]> {
  const rows = await scope.db
    .select()
    .from(lessonReads)
    .where(scope.where(lessonReads))
    .orderBy(asc(lessonReads.lessonId));
  return rows.map((r) => ({ lessonId: r.lessonId, readAt: r.readAt.toISOString() }));
}

/** Marks one lesson read (keeping the first time) or unread; answers its `readAt` afterwards. */
export async function markLessonRead(
  scope: UserScope,
  lesson: Lesson,
  read: boolean,
  now: Date,
): Promise<string | null> {
  const mine = scope.where(lessonReads, eq(lessonReads.lessonId, lesson.id));
  if (read) {
    await scope.db
      .insert(lessonReads)
      .values({ userId: scope.userId, lessonId: lesson.id, readAt: now })
      .onConflictDoNothing({ target: [lessonReads.userId, lessonReads.lessonId] });
  } else {
    await scope.db.delete(lessonReads).where(mine);
  }
  const [row] = await scope.db.select().from(lessonReads).where(mine);
  return row ? row.readAt.toISOString() : null;
}

/** Writes the reading state of a restored backup (ids of lessons no longer in the library are dropped). */
export async function restoreLessonReads(scope: UserScope, reads: { lessonId: string; readAt: string }[]) {
  const known = reads.filter((r) => lessonById(r.lessonId));
  for (const r of known) {
    await scope.db
      .insert(lessonReads)
      .values({ userId: scope.userId, lessonId: r.lessonId, readAt: new Date(r.readAt) })
      .onConflictDoUpdate({
        target: [lessonReads.userId, lessonReads.lessonId],
        set: { readAt: new Date(r.readAt) },
      });
  }
  return known.length;
}

/**
 * The first lesson she has not read, in the library's reading order (what a lesson reminder names),
 * in `locale`, else in her profile's language (a push has no request to ask), else English.
 */
export async function nextUnreadLesson(scope: UserScope, locale?: Locale): Promise<Lesson | undefined> {
  const [reads, language] = await Promise.all([
    loadLessonReads(scope),
    locale ?? loadProfile(scope).then((p) => p.language ?? 'en'),
  ]);
  const read = new Set(reads.map((r) => r.lessonId));
  return (await lessonsIn(language)).find((l) => !read.has(l.id));
}
