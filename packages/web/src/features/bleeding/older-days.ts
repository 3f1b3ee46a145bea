import type { Episode } from '@spinekind/core';
import { addLocalDays } from '@spinekind/core';

/**
 * Bleeding days the server reported (`GET /cycle` episodes: light or more) for the time before the device's
 * recent check-ins: every day of an episode before `cutoff`, and each episode's first and last day (always
 * real bleeding days). Within the recent window the device's own check-ins give the exact days and amounts.
 */
export function olderBleedingDays(episodes: readonly Episode[], cutoff: string) {
  return episodes.flatMap((e) => {
    const end = e.end < cutoff ? e.end : addLocalDays(cutoff, -1);
    const before = e.start <= end ? [{ startDate: e.start, endDate: end, flow: 'light' as const }] : [];
    return [
      ...before,
      { startDate: e.start, flow: 'light' as const },
      { startDate: e.end, flow: 'light' as const },
    ];
  });
}
