import type { BreakAction, BreakReminder, BreakSettings, BreakState } from '@spinekind/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { todayLocal } from '../../lib/dates';

export const breaksKeys = {
  settings: ['breaks', 'settings'] as const,
  next: ['breaks', 'next'] as const,
  stats: ['breaks', 'stats'] as const,
};

export function useBreakSettings() {
  return useQuery({
    queryKey: breaksKeys.settings,
    queryFn: async () => {
      const { settings, state } = await api<{ settings: BreakSettings; state: BreakState }>(
        'GET',
        '/breaks/settings',
      );
      // The server's pause wins, so a pause set on another device shows here too.
      savePausedDay(state.pausedAt);
      return settings;
    },
  });
}

export function useSaveBreakSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (settings: BreakSettings) =>
      (await api<{ settings: BreakSettings }>('PUT', '/breaks/settings', settings)).settings,
    onSuccess: (settings) => {
      client.setQueryData(breaksKeys.settings, settings);
      // New settings start a fresh day plan on the server, without any pause from before.
      savePausedDay(undefined);
      void client.invalidateQueries({ queryKey: breaksKeys.next });
    },
  });
}

/** The next reminders after this device's "now" (asked explicitly, so the device's clock decides). */
export async function fetchNextReminders(count: number): Promise<BreakReminder[]> {
  const from = new Date(Date.now()).toISOString();
  return (
    await api<{ items: BreakReminder[] }>(
      'GET',
      `/breaks/next?from=${encodeURIComponent(from)}&count=${count}`,
    )
  ).items;
}

export function useNextReminders(count = 5) {
  return useQuery({ queryKey: [...breaksKeys.next, count], queryFn: () => fetchNextReminders(count) });
}

/** Snooze, skip, pause or resume on the server; every reminder view refreshes after. */
export function useBreakAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: BreakAction) =>
      api<{ state: BreakState; next: BreakReminder[] }>('POST', '/breaks/actions', action),
    onSuccess: ({ state }) => {
      savePausedDay(state.pausedAt);
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

// The pause as last heard from the server (settings or an action), kept per device for the buttons.
const PAUSE_KEY = 'spinekind.breaks.pausedDay';

function savePausedDay(pausedAt: string | undefined) {
  try {
    if (pausedAt) localStorage.setItem(PAUSE_KEY, localDay(Date.parse(pausedAt)));
    else localStorage.removeItem(PAUSE_KEY);
  } catch {
    // Storage may be unavailable (private mode); the buttons then simply don't know the pause.
  }
}

export function pausedToday(): boolean {
  try {
    return localStorage.getItem(PAUSE_KEY) === localDay(Date.now());
  } catch {
    return false;
  }
}

export function localDay(ms: number): string {
  return todayLocal(new Date(ms));
}
