import { addLocalDays } from '@spinekind/core';
import type { BreakLogAction, BreakStats } from './api';

/** One local day of the week's table and chart. */
export interface WeekRow {
  date: string;
  taken: number;
  snoozed: number | null;
  skipped: number | null;
  longestSittingMinutes: number | null;
  standMinutes: number | null;
}

/** A break answered on this device that the server's answer doesn't count yet. */
export interface LocalAnswer {
  at: string;
  action: BreakLogAction;
  pending?: boolean;
}

export interface WeekView {
  rows: WeekRow[];
  taken: number;
  snoozed: number;
  skipped: number;
  /** Local answers still waiting to sync (already included in the counts above). */
  waiting: number;
}

/**
 * The seven local days from `first`, filled from the server's per-day answer, with this device's
 * answers the server doesn't count yet added in (each exactly once). `dayOf` gives an instant's
 * local day.
 */
export function weekView(
  stats: BreakStats,
  first: string,
  local: readonly LocalAnswer[],
  dayOf: (iso: string) => string,
): WeekView {
  const byDate = new Map((stats.days ?? []).map((d) => [d.date, d]));
  // An older server answers only `takenByDay`.
  const takenByDay = new Map((stats.takenByDay ?? []).map((d) => [d.day, d.taken]));
  const rows: WeekRow[] = Array.from({ length: 7 }, (_, i) => {
    const date = addLocalDays(first, i);
    const d = byDate.get(date);
    return {
      date,
      taken: d?.taken ?? takenByDay.get(date) ?? 0,
      snoozed: d?.snoozed ?? null,
      skipped: d?.skipped ?? null,
      longestSittingMinutes: d?.longestSittingMinutes ?? null,
      standMinutes: d?.standMinutes ?? null,
    };
  });
  const totals = { taken: stats.taken, snoozed: stats.snoozed, skipped: stats.skipped };
  for (const answer of local) {
    totals[answer.action] += 1;
    const row = rows.find((r) => r.date === dayOf(answer.at));
    if (row) row[answer.action] = (row[answer.action] ?? 0) + 1;
  }
  return { rows, ...totals, waiting: local.filter((a) => a.pending).length };
}
