import { addDays, daysBetween } from '../cycle/days.js';
import { bleedingEpisodes, type Cycle, cyclesOf, type PeriodLike } from '../cycle/episodes.js';
import { type CyclePhase, cyclePhases, phaseOn } from '../cycle/phase.js';
import { estimateStage, type Stage, type StageProfile } from '../cycle/stage.js';
import type { DailySeries, ExtraDrivers } from './daily.js';

/** Cycle days shown: the longest cycle `phaseOn` reads phases for (FIGO 2018: 24–38 days). */
export const MAX_CYCLE_DAY = 38;
/** The stage is re-estimated every this many days across the range (an estimate moves slowly). */
const STAGE_STEP_DAYS = 14;

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

/** The cycle a date falls in and its day number (1 = period start); only for cycles up to MAX_CYCLE_DAY. */
function cycleDayOf(date: string, cycles: readonly Cycle[]): number | undefined {
  const cycle = cycles.findLast((c) => c.start <= date);
  if (!cycle) return undefined;
  const day = daysBetween(cycle.start, date) + 1;
  const length = cycle.lengthDays ?? MAX_CYCLE_DAY;
  return day <= Math.min(length, MAX_CYCLE_DAY) ? day : undefined;
}

/**
 * Pain by cycle phase and cycle day, and by STRAW+10 stage across the range, from daily mean pain. Phases
 * and stages come from `core/cycle` (`phaseOn`, `estimateStage`), so the page agrees with the cycle screen.
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
    series.dates.forEach((date, d) => {
      const phase = phaseOn(date, cycles);
      if (phase) for (const p of cyclePhases) phaseDays.get(p)?.set(date, p === phase);
      const pain = series.pain[d] as number;
      if (Number.isNaN(pain)) return;
      if (phase) {
        const acc = phaseSum.get(phase) as [number, number];
        acc[0] += pain;
        acc[1]++;
      }
      const day = cycleDayOf(date, cycles);
      if (day === undefined) return;
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
function stageSpans(
  series: DailySeries,
  episodes: Parameters<typeof estimateStage>[0]['episodes'],
  profile: StageProfile,
): StageSpan[] {
  const spans: (StageSpan & { sum: number })[] = [];
  const { dates, pain } = series;
  let stage: Stage = 'unknown';
  dates.forEach((date, d) => {
    if (d % STAGE_STEP_DAYS === 0) {
      // The estimate for the middle of the step, so a change shows up no more than a week late or early.
      const asOf = addDays(date, Math.min(STAGE_STEP_DAYS >> 1, dates.length - 1 - d));
      stage = estimateStage({ episodes, profile, asOf }).stage;
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
