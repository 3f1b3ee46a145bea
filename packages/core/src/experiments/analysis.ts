import { addDays, daysBetween } from '../cycle/days.js';
import { type ScheduledDay, scheduledDay } from './design.js';
import { credibleInterval95, EXPERIMENT_PRIOR, pairPosterior, posteriorCdf } from './posterior.js';
import type { ExperimentAdherence, ExperimentCondition, ExperimentPeriod } from './schema.js';

/** A meaningful change: one point on a 0–10 scale (issue #20). */
export const MEANINGFUL_CHANGE = 1;
/** How sure the model must be of the direction before it says "likely helps" or "likely worse". */
export const VERDICT_PROBABILITY = 0.95;
/** Days a period needs before its mean is used. */
export const MIN_DAYS_PER_PERIOD = 2;
/** Complete pairs needed before the answer is more than "not enough data". */
export const MIN_PAIRS = 2;

export const experimentVerdicts = [
  'likely helps',
  'no clear difference',
  'likely worse',
  'not enough data',
] as const;
export type ExperimentVerdict = (typeof experimentVerdicts)[number];

/** The name of the model, as results carry it (README.md beside this file). */
export const EXPERIMENT_MODEL =
  'Bayesian normal model on the pair differences of period means (normal–scaled-inverse-χ² prior: effect 0, κ0 0.1, ν0 1, spread 1.5)';

/** One day of the experiment as the result shows it. */
export interface ExperimentDay {
  date: string;
  condition: ExperimentCondition;
  washout: boolean;
  value: number | null;
  followed: boolean | null;
  counted: boolean;
}

export interface AnalysisInput {
  schedule: readonly ExperimentPeriod[];
  washoutDays: number;
  adherence: readonly ExperimentAdherence[];
  /** The day's outcome by local date (days without one are missing). */
  outcome: ReadonlyMap<string, number>;
  /** The last day to look at (her today, or the experiment's last day, whichever comes first). */
  through: string;
  /** True when lower is better (pain); false when higher is better (sleep quality). */
  lowerIsBetter: boolean;
}

export interface ExperimentAnalysis {
  effect: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  probabilityBenefit: number | null;
  /** The change that counts as a meaningful benefit: −1 when lower is better, +1 otherwise. */
  threshold: number;
  daysCounted: number;
  daysMissing: number;
  adherenceRate: number | null;
  pairsUsed: number;
  verdict: ExperimentVerdict;
  days: ExperimentDay[];
}

function experimentDays(input: AnalysisInput): ExperimentDay[] {
  const first = input.schedule[0];
  if (!first) return [];
  const followed = new Map(input.adherence.map((a) => [a.date, a.followed]));
  const days: ExperimentDay[] = [];
  for (let i = 0; i <= daysBetween(first.start, input.through); i++) {
    const date = addDays(first.start, i);
    const slot = scheduledDay(input.schedule, input.washoutDays, date);
    if (!slot) break;
    const value = input.outcome.get(date) ?? null;
    const f = followed.get(date) ?? null;
    // Days without a check-in, or without her "yes, I followed the plan", are left out (and counted).
    days.push({
      date,
      ...pick(slot),
      value,
      followed: f,
      counted: !slot.washout && value !== null && f === true,
    });
  }
  return days;
}

const pick = ({ condition, washout }: ScheduledDay) => ({ condition, washout });

/** Each complete pair's difference: mean under intervention − mean under control, over counted days. */
function pairDifferences(input: AnalysisInput, days: readonly ExperimentDay[]): number[] {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const day of days) {
    if (!day.counted || day.value === null) continue;
    const slot = scheduledDay(input.schedule, input.washoutDays, day.date) as ScheduledDay;
    const key = `${slot.pair}:${day.condition}`;
    const s = sums.get(key) ?? { sum: 0, n: 0 };
    sums.set(key, { sum: s.sum + day.value, n: s.n + 1 });
  }
  const mean = (pair: number, c: ExperimentCondition) => {
    const s = sums.get(`${pair}:${c}`);
    return s && s.n >= MIN_DAYS_PER_PERIOD ? s.sum / s.n : undefined;
  };
  const differences: number[] = [];
  for (let pair = 0; pair < input.schedule.length / 2; pair++) {
    const a = mean(pair, 'intervention');
    const b = mean(pair, 'control');
    if (a !== undefined && b !== undefined) differences.push(a - b);
  }
  return differences;
}

/**
 * The experiment's answer so far: the effect (intervention − control) with its 95% credible interval,
 * the probability of a meaningful benefit, adherence, days counted and missing, and a verdict.
 */
export function analyseExperiment(input: AnalysisInput): ExperimentAnalysis {
  const days = experimentDays(input);
  const differences = pairDifferences(input, days);
  const threshold = input.lowerIsBetter ? -MEANINGFUL_CHANGE : MEANINGFUL_CHANGE;
  const analysed = days.filter((d) => !d.washout);
  const answered = analysed.filter((d) => d.followed !== null);
  const daysCounted = analysed.filter((d) => d.counted).length;
  const base = {
    threshold,
    daysCounted,
    // Today is not missing yet: her check-in may still come.
    daysMissing: analysed.filter((d) => !d.counted && d.date < input.through).length,
    adherenceRate: answered.length ? answered.filter((d) => d.followed).length / answered.length : null,
    pairsUsed: differences.length,
    days,
  };
  if (differences.length === 0)
    return {
      ...base,
      effect: null,
      ciLow: null,
      ciHigh: null,
      probabilityBenefit: null,
      verdict: 'not enough data',
    };
  const posterior = pairPosterior(differences, EXPERIMENT_PRIOR);
  const [ciLow, ciHigh] = credibleInterval95(posterior);
  const below = (x: number) => posteriorCdf(posterior, x);
  const probabilityBenefit = input.lowerIsBetter ? below(threshold) : 1 - below(threshold);
  const probabilityBetter = input.lowerIsBetter ? below(0) : 1 - below(0);
  const verdict: ExperimentVerdict =
    differences.length < MIN_PAIRS
      ? 'not enough data'
      : probabilityBetter >= VERDICT_PROBABILITY
        ? 'likely helps'
        : 1 - probabilityBetter >= VERDICT_PROBABILITY
          ? 'likely worse'
          : 'no clear difference';
  return { ...base, effect: posterior.mean, ciLow, ciHigh, probabilityBenefit, verdict };
}
