import type { TodayLessonAnswer } from '@spinekind/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { todayLocal } from '../../lib/dates';
import { deviceTimeZone } from '../../lib/time-zone';
import { deviceCopy, keepCopy, readWithCopy } from '../../offline/cache';

/**
 * Learn's data. The lessons themselves come with the app (core), so they read offline; only her
 * reading state and Today's pick come from the server, each kept on the device for offline use.
 */

/** Her reading state: lesson id → when she marked it read. */
export type Reads = Record<string, string>;

const READS_COPY = 'lesson-reads';
const TODAY_COPY = 'lesson-today';
const DISMISSED_COPY = 'lesson-today-dismissed';

export function useLessonReads() {
  return useQuery({
    queryKey: ['lessons', 'reads'],
    queryFn: () =>
      readWithCopy(READS_COPY, async () => {
        const { items } = await call('GET /lessons');
        const reads: Reads = {};
        for (const l of items) if (l.readAt) reads[l.id] = l.readAt;
        return reads;
      }),
    networkMode: 'always',
    retry: false,
  });
}

/** Marks a lesson read or unread. Needs the network: offline it fails at once with a clear message. */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, read }: { id: string; read: boolean }) =>
      call('PUT /lessons/:id/read', { params: { id: encodeURIComponent(id) }, body: { read } }),
    onSuccess: async ({ lesson }) => {
      const reads = { ...(client.getQueryData<Reads>(['lessons', 'reads']) ?? {}) };
      if (lesson.readAt) reads[lesson.id] = lesson.readAt;
      else delete reads[lesson.id];
      client.setQueryData(['lessons', 'reads'], reads);
      await keepCopy(READS_COPY, reads);
      // Today's lesson moves on to another once she has read it.
      await client.invalidateQueries({ queryKey: ['lessons', 'today'] });
    },
    networkMode: 'always',
  });
}

/** Today's pick, in the app's language (the server writes the title and reason in it). */
export function useTodayLesson() {
  const timeZone = deviceTimeZone();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['lessons', 'today', i18n.language],
    queryFn: () =>
      readWithCopy<TodayLessonAnswer>(TODAY_COPY, () =>
        call('GET /lessons/today', { query: `timeZone=${encodeURIComponent(timeZone)}` }),
      ),
    networkMode: 'always',
    retry: false,
  });
}

/** Whether she hid Today's lesson today (kept on this device, for the day). */
export function useTodayDismissed() {
  const client = useQueryClient();
  const day = todayLocal();
  const query = useQuery({
    queryKey: ['lessons', 'today-dismissed'],
    queryFn: async () => (await deviceCopy<{ day: string }>(DISMISSED_COPY))?.day ?? null,
    networkMode: 'always',
  });
  const dismiss = async () => {
    await keepCopy(DISMISSED_COPY, { day });
    client.setQueryData(['lessons', 'today-dismissed'], day);
  };
  return { known: query.isSuccess, dismissed: query.data === day, dismiss };
}
