import type { Checkin } from '@spinekind/core';
import { addLocalDays } from '@spinekind/core';

export interface WeekSummary {
  /** Days with at least one check-in, of 7. */
  days: number;
  /** Mean of the daily mean pain; null without check-ins. */
  mean: number | null;
  /** The days with the lowest and the highest daily mean pain (the later one on a tie). */
  best: { day: string; pain: number } | null;
  worst: { day: string; pain: number } | null;
}

export interface WeeklyComparison {
  thisWeek: WeekSummary;
  lastWeek: WeekSummary;
  /** This week's mean minus last week's, when both weeks have at least MIN_DAYS days logged. */
  change: number | null;
}

/** Days logged in a week before its mean is compared. */
export const MIN_DAYS = 3;
/** Differences smaller than this read as "about the same": pain is logged in whole points. */
export const SAME_WITHIN = 0.5;

function summarise(byDay: Map<string, number[]>, from: string): WeekSummary {
  const days: { day: string; pain: number }[] = [];
  for (let i = 0; i < 7; i++) {
    const day = addLocalDays(from, i);
    const pains = byDay.get(day);
    if (pains?.length) days.push({ day, pain: pains.reduce((a, b) => a + b, 0) / pains.length });
  }
  if (!days.length) return { days: 0, mean: null, best: null, worst: null };
  const mean = days.reduce((a, d) => a + d.pain, 0) / days.length;
  const best = days.reduce((a, d) => (d.pain <= a.pain ? d : a));
  const worst = days.reduce((a, d) => (d.pain >= a.pain ? d : a));
  return { days: days.length, mean, best, worst };
}

/** The last 7 days (ending today) against the 7 before, from daily mean pain. */
export function compareWeeks(
  checkins: readonly Pick<Checkin, 'localDate' | 'pain'>[],
  today: string,
): WeeklyComparison {
  const byDay = new Map<string, number[]>();
  for (const c of checkins) byDay.set(c.localDate, [...(byDay.get(c.localDate) ?? []), c.pain]);
  const thisWeek = summarise(byDay, addLocalDays(today, -6));
  const lastWeek = summarise(byDay, addLocalDays(today, -13));
  const comparable = thisWeek.days >= MIN_DAYS && lastWeek.days >= MIN_DAYS;
  const change = comparable ? (thisWeek.mean as number) - (lastWeek.mean as number) : null;
  return { thisWeek, lastWeek, change };
}
