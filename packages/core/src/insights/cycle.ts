import { addDays, daysBetween } from '../cycle/days.js';
import { bleedingEpisodes, type Cycle, cyclesOf, type Episode, type PeriodLike } from '../cycle/episodes.js';
import {
  type CyclePhase,
  cyclePhases,
  DEFAULT_MENSES_DAYS,
  expectedCycleLength,
  phaseOfCycleDay,
} from '../cycle/phase.js';
import {
  estimateStage,
  POSTMENOPAUSE_DAYS,
  RECENT_CYCLES,
  type Stage,
  type StageEstimate,
  type StageProfile,
} from '../cycle/stage.js';
import type { DailySeries, ExtraDrivers } from './daily.js';

/** Cycle days shown: the longest cycle `phaseOn` reads phases for (FIGO 2018: 24–38 days). */
export const MAX_CYCLE_DAY = 38;
/** The stage is re-estimated every this many days across the range (an estimate moves slowly). */
const STAGE_STEP_DAYS = 28;

export interface PhasePain {
  phase: CyclePhase;
  /** Days with pain in this phase. */
  n: number;
  meanPain: number | null;
}

export interface CycleDayPain {
  /** 1 = the first day of a period. */
  day: number;
  n: number;
  meanPain: number | null;
  /** The phase most of these days fell in; null when none had a known phase. */
  phase: CyclePhase | null;
}

export interface StageSpan {
  stage: Stage;
  from: string;
  to: string;
  /** Days with pain in this span. */
  n: number;
  meanPain: number | null;
}

export interface CycleInsights {
  /** Bleeding episodes known (logged periods and bleeding in check-ins); 0 means no cycle data. */
  periods: number;
  byPhase: PhasePain[];
  byDay: CycleDayPain[];
  /** The STRAW+10 estimate over the range, as consecutive spans with the same stage. */
  byStage: StageSpan[];
  /** `cyclePhase:<phase>` yes/no drivers for the days with a known phase. */
  drivers: ExtraDrivers;
}

export interface CycleInput {
  series: DailySeries;
  periods?: readonly PeriodLike[];
  /** Every date with bleeding (light or more) in the user's check-ins, not only those in the range. */
  bleedingDays?: readonly string[];
  profile?: StageProfile;
}

const mean = (sum: number, n: number) => (n ? sum / n : null);

/** Where each day of the range sits in the cycles: cycle day (1 = period start) and phase, by day index. */
function cycleDays(dates: readonly string[], cycles: readonly Cycle[]) {
  const from = dates[0] as string;
  const day = new Int16Array(dates.length);
  const phase: (CyclePhase | undefined)[] = new Array(dates.length);
  /** The last cycle day shown for the cycle each day is in: its length, capped at MAX_CYCLE_DAY. */
  const limit = new Int16Array(dates.length);
  const expected = expectedCycleLength(cycles);
  cycles.forEach((c, k) => {
    // Day numbers by integer offsets from the range start: the same counting as `phaseOn`, without parsing
    // a date string for every day (that dominated the cost over 10 years).
    const start = daysBetween(from, c.start);
    const next = cycles[k + 1];
    const end = Math.min(dates.length, next ? daysBetween(from, next.start) : dates.length);
    const bleeding = c.periodEnd ? daysBetween(c.start, c.periodEnd) + 1 : DEFAULT_MENSES_DAYS;
    const length = c.lengthDays ?? expected;
    for (let d = Math.max(0, start); d < end; d++) {
      day[d] = d - start + 1;
      limit[d] = Math.min(c.lengthDays ?? MAX_CYCLE_DAY, MAX_CYCLE_DAY);
      phase[d] = phaseOfCycleDay(d - start + 1, bleeding, length);
    }
  });
  return { day, phase, limit };
}

/**
 * Pain by cycle phase and cycle day, and by STRAW+10 stage across the range, from daily mean pain. Phases
 * and stages come from `core/cycle` (`phaseOfCycleDay`, `estimateStage`), so the page agrees with the cycle screen.
 */
export function cycleInsights(input: CycleInput): CycleInsights {
  const { series, periods = [], bleedingDays = [], profile = {} } = input;
  const episodes = bleedingEpisodes(periods, bleedingDays);
  const cycles = cyclesOf(episodes);
  const phaseSum = new Map<CyclePhase, [number, number]>(cyclePhases.map((p) => [p, [0, 0]]));
  const dayStats = Array.from({ length: MAX_CYCLE_DAY }, () => ({
    sum: 0,
    n: 0,
    phases: new Map<CyclePhase, number>(),
  }));
  const phaseDays = new Map<CyclePhase, Map<string, boolean>>(cyclePhases.map((p) => [p, new Map()]));
  if (episodes.length) {
    const where = cycleDays(series.dates, cycles);
    series.dates.forEach((date, d) => {
      const phase = where.phase[d];
      if (phase) for (const p of cyclePhases) phaseDays.get(p)?.set(date, p === phase);
      const pain = series.pain[d] as number;
      if (Number.isNaN(pain)) return;
      if (phase) {
        const acc = phaseSum.get(phase) as [number, number];
        acc[0] += pain;
        acc[1]++;
      }
      const day = where.day[d] as number;
      // Only days of cycles up to MAX_CYCLE_DAY long (a running cycle counts up to it).
      if (!day || day > (where.limit[d] as number)) return;
      const stats = dayStats[day - 1] as (typeof dayStats)[number];
      stats.sum += pain;
      stats.n++;
      if (phase) stats.phases.set(phase, (stats.phases.get(phase) ?? 0) + 1);
    });
  }
  const byPhase = cyclePhases.map((phase) => {
    const [sum, n] = phaseSum.get(phase) as [number, number];
    return { phase, n, meanPain: mean(sum, n) };
  });
  const byDay = dayStats.map((s, i) => {
    const common = [...s.phases].sort((a, b) => b[1] - a[1])[0];
    return { day: i + 1, n: s.n, meanPain: mean(s.sum, s.n), phase: common ? common[0] : null };
  });
  const drivers: ExtraDrivers = Object.fromEntries(
    cyclePhases.map((p) => [`cyclePhase:${p}`, { values: phaseDays.get(p) ?? new Map() }]),
  );
  const byStage = episodes.length ? stageSpans(series, episodes, profile) : [];
  return { periods: episodes.length, byPhase, byDay, byStage, drivers };
}

/** The stage estimated every STAGE_STEP_DAYS across the range, merged into spans with pain summed. */
/** Episodes before `asOf` the estimate can look at: 20 recent cycles (STRAW+10 persistence) or 12 months. */
const STAGE_CYCLES = RECENT_CYCLES + 2;
const STAGE_LOOKBACK_DAYS = POSTMENOPAUSE_DAYS + 35;

/**
 * `estimateStage` with only the episodes it can use: the last STAGE_CYCLES up to `asOf`, and every one that
 * started in the STAGE_LOOKBACK_DAYS before it (and the one before those). Same answer, but each call costs the same however long the
 * log is, so a 10-year range stays linear. `episodes` must be sorted by start.
 */
export function stageAt(episodes: readonly Episode[], profile: StageProfile, asOf: string): StageEstimate {
  let hi = episodes.length;
  while (hi > 0 && (episodes[hi - 1] as Episode).start > asOf) hi--;
  const since = addDays(asOf, -STAGE_LOOKBACK_DAYS);
  let lo = Math.max(0, hi - STAGE_CYCLES);
  while (lo > 0 && (episodes[lo - 1] as Episode).start >= since) lo--;
  // And the one before: a gap in the last 12 months is measured from the end of the period before it.
  lo = Math.max(0, lo - 1);
  return estimateStage({ episodes: episodes.slice(lo, hi), profile, asOf });
}

function stageSpans(series: DailySeries, episodes: readonly Episode[], profile: StageProfile): StageSpan[] {
  const spans: (StageSpan & { sum: number })[] = [];
  const { dates, pain } = series;
  let stage: Stage = 'unknown';
  dates.forEach((date, d) => {
    if (d % STAGE_STEP_DAYS === 0) {
      // The estimate for the middle of the step, so a change shows up no more than a week late or early.
      const asOf = addDays(date, Math.min(STAGE_STEP_DAYS >> 1, dates.length - 1 - d));
      stage = stageAt(episodes, profile, asOf).stage;
    }
    let span = spans.at(-1);
    if (!span || span.stage !== stage) {
      span = { stage, from: date, to: date, n: 0, meanPain: null, sum: 0 };
      spans.push(span);
    }
    span.to = date;
    const p = pain[d] as number;
    if (!Number.isNaN(p)) {
      span.sum += p;
      span.n++;
    }
  });
  return spans.map(({ sum, ...s }) => ({ ...s, meanPain: mean(sum, s.n) }));
}
