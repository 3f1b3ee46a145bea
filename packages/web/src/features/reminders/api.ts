import type { ReminderSettings } from '@spinekind/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, isConflict } from '../../lib/api';
import { basedOn, noteVersion } from '../../lib/documents';
import { deviceTimeZone } from '../breaks/time-zone';

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
        await call('PUT /reminders', { body: { settings }, headers: basedOn('/reminders') }),
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
  return useQuery({
    queryKey: [...remindersKeys.next, count],
    queryFn: async () => (await call('GET /reminders/next', { query: `count=${count}` })).items,
  });
}

/** Sends a test notification to every device where she turned push on; answers how many got it. */
export async function sendTestReminder(): Promise<{ devices: number; delivered: number }> {
  return call('POST /push/test');
}
