import { normalCdf, Z975 } from './distributions.js';

/**
 * Rank statistics for a trend over time in O(n log n): pairs are counted by merge sort instead of being
 * listed, so ten years of days (6.7 million pairs) stay fast. Points must have distinct, increasing x.
 */

/** Counts pairs i < j with v[j] < v[i] (`strict`) or v[j] ≤ v[i], by bottom-up merge sort (Knight 1966). */
function countDescendingPairs(
  values: Float64Array,
  a: Float64Array,
  b: Float64Array,
  strict: boolean,
): number {
  const n = values.length;
  a.set(values);
  let src = a;
  let dst = b;
  let count = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        const left = src[i] as number;
        const right = src[j] as number;
        if (strict ? right < left : right <= left) {
          count += mid - i;
          dst[k++] = right;
          j++;
        } else {
          dst[k++] = left;
          i++;
        }
      }
      while (i < mid) dst[k++] = src[i++] as number;
      while (j < hi) dst[k++] = src[j++] as number;
    }
    [src, dst] = [dst, src];
  }
  return count;
}

/** Number of pairwise slopes (y_j − y_i)/(x_j − x_i) that are ≤ t: those with y_j − t·x_j ≤ y_i − t·x_i. */
function slopeCounter(x: ArrayLike<number>, y: ArrayLike<number>): (t: number) => number {
  const n = x.length;
  const z = new Float64Array(n);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  return (t) => {
    for (let i = 0; i < n; i++) z[i] = (y[i] as number) - t * (x[i] as number);
    return countDescendingPairs(z, a, b, false);
  };
}

/**
 * The k-th smallest (1-based) pairwise slope, by bisection on the slope value in (lo, hi] using the pair
 * counter; accurate to about 1e-10 of the slope's size.
 */
function bisectSlope(count: (t: number) => number, k: number, lo: number, hi: number): number {
  for (let i = 0; i < 200 && hi - lo > 1e-10 * Math.max(1, Math.abs(hi)); i++) {
    const mid = lo + (hi - lo) / 2;
    if (count(mid) >= k) hi = mid;
    else lo = mid;
  }
  return hi;
}

function slopeBound(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  let minGap = Number.POSITIVE_INFINITY;
  for (let i = 0; i < y.length; i++) {
    minY = Math.min(minY, y[i] as number);
    maxY = Math.max(maxY, y[i] as number);
    if (i > 0) minGap = Math.min(minGap, (x[i] as number) - (x[i - 1] as number));
  }
  return (maxY - minY) / minGap;
}

/** The n(n−1)/2 pairwise slopes of a series, never listed: order statistics are found by counting. */
export interface PairwiseSlopes {
  /** Number of pairs. */
  pairs: number;
  /** The k-th smallest slope (1-based, clamped to 1…pairs). */
  kth(k: number): number;
  /** Theil–Sen slope: the median of the pairwise slopes (Sen 1968, JASA 63:1379). */
  median(): number;
  /**
   * Sen's distribution-free 95% interval: the round(M1)-th and (round(M2)+1)-th smallest slopes,
   * M1,2 = (N ∓ 1.96·√Var S)/2 (Gilbert 1987, §16.5.1; as SciPy's `theilslopes`). Pass an inflated
   * Var S to allow for autocorrelation.
   */
  interval(varS: number): [low: number, high: number];
}

/** Pairwise slopes of points with distinct, increasing x. */
export function pairwiseSlopes(x: ArrayLike<number>, y: ArrayLike<number>): PairwiseSlopes {
  const n = x.length;
  const pairs = (n * (n - 1)) / 2;
  const bound = slopeBound(x, y);
  const count = slopeCounter(x, y);
  // Tied values make many slopes exactly 0; counting them exactly keeps a zero median exact.
  const yValues = Float64Array.from(y);
  const scratch = [new Float64Array(n), new Float64Array(n)] as const;
  const negative = countDescendingPairs(yValues, ...scratch, true);
  const nonPositive = countDescendingPairs(yValues, ...scratch, false);
  const kth = (rank: number) => {
    const k = Math.min(pairs, Math.max(1, rank));
    if (k > negative && k <= nonPositive) return 0;
    return k <= negative ? bisectSlope(count, k, -bound - 1, 0) : bisectSlope(count, k, 0, bound);
  };
  const half = Math.floor(pairs / 2);
  return {
    pairs,
    kth,
    median: () => (pairs % 2 ? kth(half + 1) : (kth(half) + kth(half + 1)) / 2),
    interval: (varS) => {
      const c = Z975 * Math.sqrt(varS);
      return [kth(Math.round((pairs - c) / 2)), kth(Math.round((pairs + c) / 2) + 1)];
    },
  };
}

export interface MannKendall {
  /** S = Σ_{i<j} sign(y_j − y_i). */
  s: number;
  /** Var S with the correction for tied values. */
  varS: number;
  /** (S ∓ 1)/√Var S, the continuity-corrected normal score. */
  z: number;
  /** Two-sided p-value from the normal approximation. */
  p: number;
}

/**
 * Mann–Kendall trend test with the tie correction Var S = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18 and the
 * continuity-corrected normal approximation (Kendall 1975; Gilbert 1987, §16.4; Hipel & McLeod 1994).
 * `inflation` multiplies Var S, e.g. (1 + ρ)/(1 − ρ) for AR(1) errors (Hamed & Rao 1998; Yue & Wang 2004).
 */
export function mannKendall(y: ArrayLike<number>, inflation = 1): MannKendall {
  const n = y.length;
  const values = Float64Array.from(y);
  const sorted = Float64Array.from(y).sort();
  let ties = 0;
  let tieVariance = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && sorted[j] === sorted[i]) j++;
    const t = j - i;
    ties += (t * (t - 1)) / 2;
    tieVariance += t * (t - 1) * (2 * t + 5);
    i = j;
  }
  const down = countDescendingPairs(values, new Float64Array(n), new Float64Array(n), true);
  const s = (n * (n - 1)) / 2 - ties - 2 * down;
  const varS = ((n * (n - 1) * (2 * n + 5) - tieVariance) / 18) * inflation;
  const z = varS > 0 && s !== 0 ? (s - Math.sign(s)) / Math.sqrt(varS) : 0;
  return { s, varS, z, p: Math.min(1, 2 * normalCdf(-Math.abs(z))) };
}
