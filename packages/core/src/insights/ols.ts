import { tQuantile975, tTwoSidedP } from './distributions.js';

/** An estimate with its 95% interval and two-sided p-value, after the autocorrelation adjustment. */
export interface Estimate {
  effect: number;
  ciLow: number;
  ciHigh: number;
  /** Standard error, inflated for autocorrelation. */
  se: number;
  p: number;
  /** Effective sample size n(1 − r)/(1 + r); the t interval uses nEff − (parameters) degrees of freedom. */
  nEff: number;
}

/** With fewer adjacent-day pairs the lag-1 autocorrelation cannot be estimated and is taken as 0. */
const MIN_ADJACENT_PAIRS = 10;
const MAX_RHO = 0.95;

/**
 * Lag-1 autocorrelation of a series observed on the given day numbers, using only pairs of adjacent calendar
 * days (gaps are skipped, not bridged), bias-corrected by E[r] ≈ ρ − (1 + 4ρ)/n (Kendall 1954).
 */
export function lag1Autocorrelation(values: ArrayLike<number>, day: ArrayLike<number>): number {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i] as number;
  mean /= n;
  let c0 = 0;
  let c1 = 0;
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    const a = (values[i] as number) - mean;
    c0 += a * a;
    if (i + 1 < n && (day[i + 1] as number) - (day[i] as number) === 1) {
      c1 += a * ((values[i + 1] as number) - mean);
      pairs++;
    }
  }
  if (pairs < MIN_ADJACENT_PAIRS || c0 <= 0) return 0;
  const r = c1 / pairs / (c0 / n);
  const corrected = (n * r + 1) / (n - 4);
  return Math.max(-MAX_RHO, Math.min(MAX_RHO, corrected));
}

/**
 * Turns a naive OLS estimate into one whose interval allows for AR(1) autocorrelation `r`: variance
 * inflated by (1 + r)/(1 − r), i.e. n_eff = n(1 − r)/(1 + r), and a t critical value on n_eff − k df
 * (Bayley & Hammersley 1946; Bretherton et al. 1999, J. Climate 12:1990, eq. 31). Negative r is taken as 0.
 */
export function adjustForAutocorrelation(
  effect: number,
  naiveSe: number,
  n: number,
  parameters: number,
  r: number,
): Estimate {
  const rho = Math.max(0, Math.min(MAX_RHO, r));
  const inflation = (1 + rho) / (1 - rho);
  const nEff = n / inflation;
  const df = Math.max(1, nEff - parameters);
  const se = naiveSe * Math.sqrt(inflation);
  const half = tQuantile975(df) * se;
  const p = se > 0 ? tTwoSidedP(effect / se, df) : effect === 0 ? 1 : 0;
  return { effect, ciLow: effect - half, ciHigh: effect + half, se, p, nEff };
}

/**
 * OLS slope of y on x. Autocorrelation of the slope's errors depends on both series, so r = ρ̂x·ρ̂e, the
 * product of the lag-1 autocorrelations of x and of the residuals (Bretherton et al. 1999, eq. 31).
 * For a 0/1 x the slope is exactly the mean of y on 1-days minus the mean on 0-days.
 */
export function fitSlope(x: ArrayLike<number>, y: ArrayLike<number>, day: ArrayLike<number>): Estimate {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] as number;
    my += y[i] as number;
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    sxx += dx * dx;
    sxy += dx * ((y[i] as number) - my);
  }
  const slope = sxy / sxx;
  const residuals = new Float64Array(n);
  let sse = 0;
  for (let i = 0; i < n; i++) {
    const e = (y[i] as number) - my - slope * ((x[i] as number) - mx);
    residuals[i] = e;
    sse += e * e;
  }
  const naiveSe = Math.sqrt(sse / (n - 2) / sxx);
  const r = lag1Autocorrelation(x, day) * lag1Autocorrelation(residuals, day);
  return adjustForAutocorrelation(slope, naiveSe, n, 2, r);
}

/** Inverts a small symmetric positive-definite matrix by Gauss–Jordan elimination; undefined if singular. */
function invert(m: number[][]): number[][] | undefined {
  const k = m.length;
  const a = m.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++)
      if (Math.abs(a[r]?.[col] as number) > Math.abs(a[pivot]?.[col] as number)) pivot = r;
    if (Math.abs(a[pivot]?.[col] as number) < 1e-12) return undefined;
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    const row = a[col] as number[];
    const p = row[col] as number;
    for (let j = 0; j < 2 * k; j++) row[j] = (row[j] as number) / p;
    for (let r = 0; r < k; r++) {
      const other = a[r] as number[];
      const f = other[col] as number;
      if (r === col || f === 0) continue;
      for (let j = 0; j < 2 * k; j++) other[j] = (other[j] as number) - f * (row[j] as number);
    }
  }
  return a.map((row) => row.slice(k));
}

/**
 * Multiple OLS of y on the given columns (include a column of ones for an intercept). Regressors such as a
 * before/after step are almost perfectly autocorrelated, so r = ρ̂e alone, the residual autocorrelation
 * (the conservative form of the adjustment). Undefined when the columns are collinear.
 */
export function fitLinear(
  columns: readonly Float64Array[],
  y: Float64Array,
  day: ArrayLike<number>,
): Estimate[] | undefined {
  const k = columns.length;
  const n = y.length;
  const xtx = columns.map((a) => columns.map((b) => dot(a, b)));
  const inverse = invert(xtx);
  if (!inverse) return undefined;
  const xty = columns.map((a) => dot(a, y));
  const beta = inverse.map((row) => row.reduce((s, v, j) => s + v * (xty[j] as number), 0));
  const residuals = new Float64Array(n);
  let sse = 0;
  for (let i = 0; i < n; i++) {
    let fit = 0;
    for (let j = 0; j < k; j++) fit += (beta[j] as number) * ((columns[j] as Float64Array)[i] as number);
    const e = (y[i] as number) - fit;
    residuals[i] = e;
    sse += e * e;
  }
  const s2 = sse / (n - k);
  const r = lag1Autocorrelation(residuals, day);
  return beta.map((b, j) =>
    adjustForAutocorrelation(b, Math.sqrt(s2 * ((inverse[j] as number[])[j] as number)), n, k, r),
  );
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}
