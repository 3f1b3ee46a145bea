import { addDays } from '../cycle/days.js';
import { normalSampler, type Rng } from '../insights/simulate.js';
import { analyseExperiment, type ExperimentAnalysis } from './analysis.js';
import { experimentSchedule } from './design.js';
import type { ExperimentAdherence } from './schema.js';

export interface ExperimentSimulation {
  rng: Rng;
  /** The true effect of the intervention on daily pain (negative: it helps). */
  effect: number;
  periodDays?: number;
  pairs?: number;
  washoutDays?: number;
  /** Stationary sd of the day-to-day noise and its lag-1 autocorrelation. */
  noiseSd?: number;
  phi?: number;
  /** Sd of a slow drift: a random walk stepping once per period (season, cycle, workload). */
  driftSd?: number;
  /** Share of days without a check-in, and of days she did not follow the plan (or did not say). */
  missingShare?: number;
  nonAdherenceShare?: number;
}

/**
 * One simulated experiment, analysed at its end: daily pain = round(5 + drift + effect·[intervention]
 * + AR(1) noise), clamped to 0–10, on a schedule drawn from a random seed; a non-adherent day keeps the
 * control's pain. For calibration tests (README.md reports the figures).
 */
export function simulateExperiment(o: ExperimentSimulation): ExperimentAnalysis {
  const { rng, periodDays = 7, pairs = 3, washoutDays = 0, noiseSd = 1.5, phi = 0.5, driftSd = 0.3 } = o;
  const normal = normalSampler(rng);
  const startDate = '2026-03-02';
  const seed = Math.floor(rng() * 2 ** 31);
  const schedule = experimentSchedule({ startDate, periodDays, pairs, washoutDays, seed });
  const outcome = new Map<string, number>();
  const adherence: ExperimentAdherence[] = [];
  let noise = normal();
  let drift = 0;
  schedule.forEach((period, p) => {
    if (p > 0) drift += driftSd * normal();
    for (let d = 0; d < periodDays; d++) {
      const date = addDays(period.start, d);
      noise = phi * noise + Math.sqrt(1 - phi * phi) * normal();
      const followed = rng() >= (o.nonAdherenceShare ?? 0.1);
      const effect = period.condition === 'intervention' && followed ? o.effect : 0;
      const pain = Math.min(10, Math.max(0, Math.round(5 + drift + effect + noiseSd * noise)));
      if (rng() >= (o.missingShare ?? 0.1)) outcome.set(date, pain);
      adherence.push({ date, followed });
    }
  });
  const through = schedule.at(-1)?.end ?? startDate;
  return analyseExperiment({ schedule, washoutDays, adherence, outcome, through, lowerIsBetter: true });
}
