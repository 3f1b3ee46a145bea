import { addDays } from '../cycle/days.js';
import { routineById } from '../exercises/routines.js';
import type { ExtraDriver } from './daily.js';

/** The insights driver of guided relaxation: minutes of `relax` routines per local day. */
export const RELAX_DRIVER = 'relaxMinutes';

/** Whether a session of this routine counts as relaxation: a built-in routine tagged `relax`. */
export const isRelaxRoutine = (routineId: string): boolean =>
  routineById(routineId)?.tags.includes('relax') ?? false;

/** A played session as the driver needs it: which routine, on which local day, from when to when. */
export interface SessionSpan {
  routineId: string;
  localDate: string;
  startedAt: Date;
  endedAt: Date;
}

/**
 * Per day of [from, to], from the first day she used the feature: the day's total, 0 on a day
 * without any; days before the first use are left out (unknown: she may have done it without the
 * app). The rule the server uses for sessions and breaks too.
 */
export function fromFirstUse(
  first: string | null | undefined,
  from: string,
  to: string,
  byDay: ReadonlyMap<string, number>,
): ExtraDriver | undefined {
  if (!first || first > to) return undefined;
  const values = new Map<string, number>();
  for (let day = first > from ? first : from; day <= to; day = addDays(day, 1))
    values.set(day, byDay.get(day) ?? 0);
  return { values };
}

/**
 * The `relaxMinutes` driver over [from, to]: the minutes of her relaxation sessions, summed per local
 * day, 0 on days without one from `first` (the first day she ever played one) on; nothing before.
 * Sessions of other routines are ignored.
 */
export function relaxMinutesDriver(
  sessions: readonly SessionSpan[],
  first: string | null | undefined,
  from: string,
  to: string,
): ExtraDriver | undefined {
  const minutes = new Map<string, number>();
  for (const s of sessions) {
    if (!isRelaxRoutine(s.routineId)) continue;
    const m = Math.max(0, s.endedAt.getTime() - s.startedAt.getTime()) / 60_000;
    minutes.set(s.localDate, (minutes.get(s.localDate) ?? 0) + m);
  }
  return fromFirstUse(first, from, to, minutes);
}
