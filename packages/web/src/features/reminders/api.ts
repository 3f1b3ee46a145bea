import type { ReminderSettings } from '@spinekind/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { parseISO, startOfDay } from 'date-fns';
import { call, isConflict } from '../../lib/api';
import { basedOn, noteVersion } from '../../lib/documents';
import { deviceTimeZone } from '../../lib/time-zone';
import { useRefetchAfterDelivery } from '../../offline/after-delivery';
import { currentSubscription, pushSupport } from '../breaks/push';

export const remindersKeys = {
  settings: ['reminders', 'settings'] as const,
  next: ['reminders', 'next'] as const,
};

/** Her reminder settings; until she saves, all off in this device's zone. */
export function useReminderSettings() {
  return useQuery({
    queryKey: remindersKeys.settings,
    queryFn: async () =>
      noteVersion(
        '/reminders',
        await call('GET /reminders', { query: `timeZone=${encodeURIComponent(deviceTimeZone())}` }),
      ).settings,
  });
}

export function useSaveReminderSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (settings: ReminderSettings) =>
      noteVersion(
        '/reminders',
        await call('PUT /reminders', { body: { settings }, headers: await basedOn('/reminders') }),
      ).settings,
    // Saved on another device since this one read them: refused (409); the page shows theirs.
    onError: (err) =>
      isConflict(err) ? client.invalidateQueries({ queryKey: remindersKeys.settings }) : undefined,
    onSuccess: async (settings) => {
      client.setQueryData(remindersKeys.settings, settings);
      await client.invalidateQueries({ queryKey: remindersKeys.next });
    },
  });
}

/** Her next reminders from now, as the server computes them from her settings and her data. */
export function useNextReminders(count = 7) {
  const queryKey = [...remindersKeys.next, count];
  useRefetchAfterDelivery(queryKey);
  return useQuery({
    queryKey,
    queryFn: async () => (await call('GET /reminders/next', { query: `count=${count}` })).items,
  });
}

/** Sends a test notification to every device where she turned push on; answers how many got it. */
export async function sendTestReminder(): Promise<{ devices: number; delivered: number }> {
  return call('POST /push/test');
}

/**
 * Her reminders since the start of today, for Today's "Due now" card: the server drops a check-in once she
 * has checked in, a routine once played. Asked only when `enabled` (reminders on, no push here).
 */
export function useTodaysReminders(today: string, enabled: boolean) {
  const queryKey = [...remindersKeys.next, 'today', today];
  useRefetchAfterDelivery(queryKey);
  return useQuery({
    queryKey,
    enabled,
    queryFn: async () => {
      const from = startOfDay(parseISO(today)).toISOString();
      return (await call('GET /reminders/next', { query: `from=${encodeURIComponent(from)}&count=50` }))
        .items;
    },
  });
}

/** True when this browser shows reminders while the app is closed: push allowed and subscribed here. */
export function usePushHere() {
  return useQuery({
    queryKey: ['push', 'here'],
    networkMode: 'always',
    queryFn: async () =>
      pushSupport() === 'supported' &&
      Notification.permission === 'granted' &&
      (await currentSubscription()) !== null,
  });
}
