import type { Bleeding } from '../checkins/body-areas.js';
import { addDays, daysBetween } from './days.js';
import type { Flow } from './schema.js';

/** Anything with a start, an optional end and flow: a logged period or one derived from check-ins. */
export interface PeriodLike {
  startDate: string;
  endDate?: string | null;
  flow?: Flow | null;
}
/** One bleeding episode: its first and last day of bleeding (spotting at either edge left out). */
export interface Episode {
  start: string;
  end: string;
}
export interface Cycle {
  start: string;
  /** Days from this period's start to the next one's; null for the cycle still running. */
  lengthDays: number | null;
  /** Last bleeding day of the period that opens the cycle. */
  periodEnd: string;
}
export interface CycleVariability {
  /** How many complete cycles the numbers describe. */
  cycles: number;
  meanDays: number | null;
  /** Sample standard deviation of complete cycle lengths (n − 1), to one decimal. */
  sdDays: number | null;
  /** Largest difference between the lengths of two consecutive complete cycles. */
  maxDifferenceDays: number | null;
}

interface Day {
  date: string;
  flow: Flow;
}
const heaviness: Record<Flow, number> = { spotting: 0, light: 1, medium: 2, heavy: 3 };
const heavier = (a: Flow, b: Flow) => (heaviness[a] >= heaviness[b] ? a : b);

/**
 * Groups days into runs, where days one apart or with a one-day gap belong together. A run is an episode
 * only if it has a day heavier than spotting; its start and end are its first and last such day.
 * Spotting alone does not start a cycle: WHO menstrual-diary methods (Belsey & Pinol 1997) record spotting
 * apart from bleeding, and STRAW+10 (Harlow et al. 2012) stages on menstrual bleeding.
 */
function runsOf(days: Day[]): Day[][] {
  const byDate = new Map<string, Flow>();
  for (const d of days) byDate.set(d.date, heavier(d.flow, byDate.get(d.date) ?? 'spotting'));
  const runs: Day[][] = [];
  for (const date of [...byDate.keys()].sort()) {
    const run = runs.at(-1);
    const day = { date, flow: byDate.get(date) as Flow };
    const last = run?.at(-1);
    if (run && last && daysBetween(last.date, date) <= 2) run.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) => run.filter((d) => d.flow !== 'spotting'))
    .filter((bleeding) => bleeding.length > 0);
}

function daysOf(p: PeriodLike): Day[] {
  // A logged period without a flow still counts as bleeding.
  const flow = p.flow ?? 'medium';
  const end = p.endDate ?? p.startDate;
  const out: Day[] = [];
  for (let d = p.startDate; d <= end; d = addDays(d, 1)) out.push({ date: d, flow });
  return out;
}

/** Periods derived from check-ins' `bleeding`: runs of bleeding days, spotting-only runs left out. */
export function periodsFromBleeding(
  checkins: readonly { localDate: string; bleeding?: Bleeding | null }[],
): Required<PeriodLike>[] {
  const days = checkins.flatMap((c) =>
    c.bleeding && c.bleeding !== 'none' ? [{ date: c.localDate, flow: c.bleeding }] : [],
  );
  return runsOf(days).map((run) => ({
    startDate: run[0]?.date as string,
    endDate: run.at(-1)?.date as string,
    flow: run.reduce<Flow>((f, d) => heavier(f, d.flow), 'light'),
  }));
}

/**
 * Bleeding episodes from logged periods (and periods from `periodsFromBleeding`), plus bare dates of
 * bleeding. Overlapping or nearly touching periods (one bleeding-free day between) merge into one.
 */
export function bleedingEpisodes(
  periods: readonly PeriodLike[],
  bleedingDays: readonly string[] = [],
): Episode[] {
  const days = [...periods.flatMap(daysOf), ...bleedingDays.map((date): Day => ({ date, flow: 'medium' }))];
  return runsOf(days).map((run) => ({ start: run[0]?.date as string, end: run.at(-1)?.date as string }));
}

/** Cycles from episode starts (start to next start); the last one is still running. */
export function cyclesOf(episodes: readonly Episode[]): Cycle[] {
  return episodes.map((e, i) => {
    const following = episodes[i + 1];
    return {
      start: e.start,
      lengthDays: following ? daysBetween(e.start, following.start) : null,
      periodEnd: e.end,
    };
  });
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** Spread of complete cycle lengths: mean, sample standard deviation and the largest consecutive change. */
export function cycleVariability(cycles: readonly Cycle[]): CycleVariability {
  const lengths = cycles.map((c) => c.lengthDays).filter((n): n is number => n !== null);
  const n = lengths.length;
  if (n === 0) return { cycles: 0, meanDays: null, sdDays: null, maxDifferenceDays: null };
  const mean = lengths.reduce((a, b) => a + b, 0) / n;
  if (n === 1) return { cycles: 1, meanDays: oneDecimal(mean), sdDays: null, maxDifferenceDays: null };
  const sd = Math.sqrt(lengths.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  const diffs = lengths.slice(1).map((l, i) => Math.abs(l - (lengths[i] as number)));
  return {
    cycles: n,
    meanDays: oneDecimal(mean),
    sdDays: oneDecimal(sd),
    maxDifferenceDays: Math.max(...diffs),
  };
}
