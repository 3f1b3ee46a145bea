import type { Checkin } from '@spinekind/core';
import { addLocalDays } from '@spinekind/core';

export interface DayPain {
  day: string;
  mean: number | null;
  min: number | null;
  max: number | null;
}

/** One point per calendar day in [from, to]: mean pain and the day's range; null on days without a check-in. */
export function dailyPain(items: readonly Checkin[], from: string, to: string): DayPain[] {
  const byDay = new Map<string, number[]>();
  for (const c of items) byDay.set(c.localDate, [...(byDay.get(c.localDate) ?? []), c.pain]);
  const out: DayPain[] = [];
  for (let day = from; day <= to; day = addLocalDays(day, 1)) {
    const p = byDay.get(day);
    out.push(
      p
        ? {
            day,
            mean: Math.round((p.reduce((a, b) => a + b, 0) / p.length) * 10) / 10,
            min: Math.min(...p),
            max: Math.max(...p),
          }
        : { day, mean: null, min: null, max: null },
    );
  }
  return out;
}
