import { tQuantile975, tTwoSidedP } from '../insights/distributions.js';

/**
 * The prior of the pair-difference model (README.md beside this file). Weakly informative: centred on
 * no effect, worth a tenth of one pair for the effect (prior sd ≈ 3 × the pair spread, ≈ 5 points) and
 * one pair for the spread, which is put at 1.5 points: the spread of the difference of two weekly means
 * of daily 0–10 scores with day-to-day sd ≈ 1.5 and lag-1 autocorrelation ≈ 0.5.
 */
export const EXPERIMENT_PRIOR = { mean: 0, kappa: 0.1, nu: 1, spread: 1.5 } as const;

/** A Student t posterior for the effect: location, scale and degrees of freedom. */
export interface EffectPosterior {
  mean: number;
  scale: number;
  df: number;
}

/**
 * The marginal posterior of the mean of `differences` under a normal model with unknown variance and
 * the conjugate normal–scaled-inverse-χ² prior (Gelman et al., Bayesian Data Analysis, 3rd ed., §3.3).
 */
export function pairPosterior(
  differences: readonly number[],
  prior: typeof EXPERIMENT_PRIOR = EXPERIMENT_PRIOR,
): EffectPosterior {
  const k = differences.length;
  const mean = k ? differences.reduce((a, b) => a + b, 0) / k : 0;
  const squares = differences.reduce((a, d) => a + (d - mean) ** 2, 0);
  const kappa = prior.kappa + k;
  const nu = prior.nu + k;
  const location = (prior.kappa * prior.mean + k * mean) / kappa;
  const scaled =
    prior.nu * prior.spread ** 2 + squares + ((prior.kappa * k) / kappa) * (mean - prior.mean) ** 2;
  return { mean: location, scale: Math.sqrt(scaled / nu / kappa), df: nu };
}

/** P(effect ≤ x) under the posterior. */
export function posteriorCdf(p: EffectPosterior, x: number): number {
  const t = (x - p.mean) / p.scale;
  const tail = tTwoSidedP(t, p.df) / 2;
  return t < 0 ? tail : 1 - tail;
}

/** The central 95% credible interval. */
export function credibleInterval95(p: EffectPosterior): [number, number] {
  const half = tQuantile975(p.df) * p.scale;
  return [p.mean - half, p.mean + half];
}
