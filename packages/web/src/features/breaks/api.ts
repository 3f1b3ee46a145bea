import {
  type BreakAction,
  type BreakReminder,
  type BreakSettings,
  type BreakState,
  nextReminders,
} from '@spinekind/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLiveQuery } from 'dexie-react-hooks';
import { call, isConflict, NetworkError } from '../../lib/api';
import { todayLocal } from '../../lib/dates';
import { basedOn, noteVersion } from '../../lib/documents';
import { deviceCopy, keepCopy, readWithCopy } from '../../offline/cache';

export const breaksKeys = {
  settings: ['breaks', 'settings'] as const,
  next: ['breaks', 'next'] as const,
  stats: ['breaks', 'stats'] as const,
};

/** The device copy of settings and reminder state, so the schedule and its reminders work offline. */
const COPY_KEY = 'break-settings';
const SETTINGS = '/breaks/settings';
type Saved = { settings: BreakSettings; state: BreakState };

export function useBreakSettings() {
  return useQuery({
    queryKey: breaksKeys.settings,
    queryFn: async () => {
      // The copy keeps the server's state too: its pause (set on any device) is what `usePausedToday` shows.
      const { settings } = await readWithCopy(COPY_KEY, async () => {
        const answer = noteVersion(SETTINGS, await call('GET /breaks/settings'));
        return { settings: answer.settings, state: answer.state };
      });
      return settings;
    },
    networkMode: 'always',
    retry: (count, err) => !(err instanceof NetworkError) && count < 3,
  });
}

export function useSaveBreakSettings() {
  const client = useQueryClient();
  return useMutation({
    // Based on the version this device read: settings changed on another device meanwhile are refused (409).
    mutationFn: async (settings: BreakSettings) => {
      const answer = await call('PUT /breaks/settings', { body: settings, headers: await basedOn(SETTINGS) });
      return noteVersion(SETTINGS, answer).settings;
    },
    onError: (err) =>
      isConflict(err) ? client.invalidateQueries({ queryKey: breaksKeys.settings }) : undefined,
    onSuccess: async (settings) => {
      client.setQueryData(breaksKeys.settings, settings);
      // New settings start a fresh day plan on the server, without any pause from before.
      await keepCopy(COPY_KEY, { settings, state: {} } satisfies Saved);
      void client.invalidateQueries({ queryKey: breaksKeys.next });
    },
  });
}

/**
 * The next reminders after this device's "now" (asked explicitly, so the device's clock decides).
 * Without a network they come from the same schedule rules in `core`, on the device copy.
 */
export async function fetchNextReminders(count: number): Promise<BreakReminder[]> {
  const now = Date.now();
  const from = new Date(now).toISOString();
  try {
    return (await call('GET /breaks/next', { query: `from=${encodeURIComponent(from)}&count=${count}` }))
      .items;
  } catch (err) {
    const copy = await deviceCopy<Saved>(COPY_KEY);
    if (!(err instanceof NetworkError) || !copy) throw err;
    return nextReminders(copy.settings, now, count, copy.state);
  }
}

export function useNextReminders(count = 5) {
  return useQuery({
    queryKey: [...breaksKeys.next, count],
    queryFn: () => fetchNextReminders(count),
    networkMode: 'always',
  });
}

/** The next few reminders the in-page reminder waits for (and the entries on Move and Today show). */
export function useReminderQueue(refetchInterval?: number) {
  return useQuery({
    queryKey: [...breaksKeys.next, 'reminder'],
    queryFn: () => fetchNextReminders(3),
    ...(refetchInterval ? { refetchInterval } : {}),
    retry: false,
    // Offline too: the reminders then come from the schedule rules on the device copy.
    networkMode: 'always',
  });
}

/** Snooze, skip, pause or resume on the server; every reminder view refreshes after. */
export function useBreakAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: BreakAction) => call('POST /breaks/actions', { body: action }),
    onSuccess: async ({ state }) => {
      const copy = await deviceCopy<Saved>(COPY_KEY);
      if (copy) await keepCopy(COPY_KEY, { ...copy, state } satisfies Saved);
      void client.invalidateQueries({ queryKey: breaksKeys.next });
    },
  });
}

/** What the user did with a reminder; `logBreak` (log.ts) records it offline-first. */
export type BreakLogAction = 'taken' | 'snoozed' | 'skipped';

export interface BreakDay {
  date: string;
  taken: number;
  snoozed?: number;
  skipped?: number;
  longestSittingMinutes?: number | null;
  standMinutes?: number | null;
}

export interface BreakStats {
  taken: number;
  snoozed: number;
  skipped: number;
  takenByDay?: { day: string; taken: number }[];
  longestSittingMinutes?: number | null;
  sitMinutes?: number | null;
  standMinutes?: number | null;
  days?: BreakDay[];
}

/** Whether her breaks are paused for today: the pause as last heard from the server (settings or an action). */
export function usePausedToday(): boolean {
  const pausedAt = useLiveQuery(async () => (await deviceCopy<Saved>(COPY_KEY))?.state.pausedAt, []);
  return pausedAt !== undefined && localDay(Date.parse(pausedAt)) === localDay(Date.now());
}

export function localDay(ms: number): string {
  return todayLocal(new Date(ms));
}
