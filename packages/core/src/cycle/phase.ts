import { daysBetween } from './days.js';
import type { Cycle } from './episodes.js';

export const cyclePhases = ['menstrual', 'follicular', 'ovulation', 'luteal', 'premenstrual'] as const;
export type CyclePhase = (typeof cyclePhases)[number];

/** Typical bleeding length when a cycle does not say when its period ended. */
export const DEFAULT_MENSES_DAYS = 5;
/** FIGO (Munro et al. 2018): normal cycle frequency is 24–38 days; outside it ovulation is uncertain. */
const NORMAL_MIN = 24;
const NORMAL_MAX = 38;
/** Cycles whose median predicts the length of the one still running. */
const PREDICT_FROM = 6;

/** Median of the most recent complete cycle lengths; needs 3 or more. */
export function expectedCycleLength(cycles: readonly Pick<Cycle, 'lengthDays'>[]): number | undefined {
  const lengths = cycles
    .map((c) => c.lengthDays)
    .filter((n): n is number => n !== null)
    .slice(-PREDICT_FROM)
    .sort((a, b) => a - b);
  if (lengths.length < 3) return undefined;
  const mid = Math.floor(lengths.length / 2);
  const upper = lengths[mid] as number;
  return lengths.length % 2 ? upper : Math.round(((lengths[mid - 1] as number) + upper) / 2);
}

/**
 * The cycle phase of a date, counted back from the next period where it is known (or predicted from the
 * median of recent cycles for the one still running). Day ranges, by days until the next period:
 * - menstrual: the bleeding days of the period (days 1–5 when its end is unknown);
 * - ovulation: 12–16 days before — the luteal phase lasts about 14 days (Lenton et al. 1984), ±2 for spread;
 * - luteal: 6–11 days before;
 * - premenstrual: the last 5 days, ACOG's window for premenstrual syndrome (Practice Bulletin 15, 2000);
 * - follicular: from the end of bleeding until the ovulation window.
 * Undefined before the first logged period, after a predicted period that has not come, or for cycles
 * outside 24–38 days (apart from bleeding days), where counting back would be a guess.
 */
export function phaseOn(
  date: string,
  cycles: readonly (Pick<Cycle, 'start' | 'lengthDays'> & { periodEnd?: string })[],
): CyclePhase | undefined {
  const cycle = cycles.findLast((c) => c.start <= date);
  if (!cycle) return undefined;
  const day = daysBetween(cycle.start, date) + 1;
  const bleedingDays = cycle.periodEnd ? daysBetween(cycle.start, cycle.periodEnd) + 1 : DEFAULT_MENSES_DAYS;
  return phaseOfCycleDay(day, bleedingDays, cycle.lengthDays ?? expectedCycleLength(cycles));
}

/**
 * The phase of day `day` (1 = period start) of a cycle whose period lasted `bleedingDays` and which is
 * `length` days long (complete, or expected); the day ranges of `phaseOn`, for callers that count days.
 */
export function phaseOfCycleDay(
  day: number,
  bleedingDays: number,
  length: number | undefined,
): CyclePhase | undefined {
  if (day <= bleedingDays) return 'menstrual';
  if (length === undefined || length < NORMAL_MIN || length > NORMAL_MAX || day > length) return undefined;
  const untilNext = length - day + 1;
  if (untilNext <= 5) return 'premenstrual';
  if (untilNext <= 11) return 'luteal';
  if (untilNext <= 16) return 'ovulation';
  return 'follicular';
}
