/**
 * The normal and Student t distributions, enough for two-sided p-values and 95% intervals.
 * Algorithms from Press et al., Numerical Recipes in C, 2nd ed. (1992), §6.1, §6.2 and §6.4.
 */

/** The 97.5% point of the standard normal distribution. */
export const Z975 = 1.959963984540054;

const ERFC_COEFFS = [
  -1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587,
  -0.82215223, 0.17087277,
];

/** Complementary error function; fractional error below 1.2e-7 (Numerical Recipes `erfcc`). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  let poly = 0;
  for (let i = ERFC_COEFFS.length - 1; i >= 0; i--) poly = poly * t + (ERFC_COEFFS[i] as number);
  const r = t * Math.exp(-z * z + poly);
  return x >= 0 ? r : 2 - r;
}

/** P(Z ≤ z) for a standard normal Z. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

const GAMMA_COEFFS = [
  76.18009172947146, -86.50532032941678, 24.01409824083091, -1.231739572450155, 0.1208650973866179e-2,
  -0.5395239384953e-5,
];

/** ln Γ(x) for x > 0 (Lanczos, Numerical Recipes `gammln`). */
function logGamma(x: number): number {
  let y = x;
  const tmp = x + 5.5 - (x + 0.5) * Math.log(x + 5.5);
  let series = 1.000000000190015;
  for (const c of GAMMA_COEFFS) series += c / ++y;
  return -tmp + Math.log((2.5066282746310007 * series) / x);
}

const TINY = 1e-300;
const guard = (v: number) => (Math.abs(v) < TINY ? TINY : v);

/** Continued fraction for the incomplete beta function (modified Lentz; Numerical Recipes `betacf`). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  let c = 1;
  let d = 1 / guard(1 - ((a + b) * x) / (a + 1));
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 / guard(1 + even * d);
    c = guard(1 + even / c);
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 / guard(1 + odd * d);
    c = guard(1 + odd / c);
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 3e-14) break;
  }
  return h;
}

/** The regularized incomplete beta function I_x(a, b). */
function incompleteBeta(a: number, b: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** Two-sided p-value of a t statistic on `df` (possibly fractional) degrees of freedom. */
export function tTwoSidedP(t: number, df: number): number {
  if (!Number.isFinite(t)) return Number.isNaN(t) ? 1 : 0;
  return incompleteBeta(df / 2, 0.5, df / (df + t * t));
}

function tDensity(t: number, df: number): number {
  const logC = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logC - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/**
 * The 97.5% point of Student's t on `df` degrees of freedom (df ≥ 1, fractional allowed): Newton's method
 * on the two-sided tail, started from the Cornish–Fisher expansion (Abramowitz & Stegun 26.7.5).
 */
export function tQuantile975(df: number): number {
  const z = Z975;
  let t = z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df * df);
  for (let i = 0; i < 60; i++) {
    const next = t + (tTwoSidedP(t, df) - 0.05) / (2 * tDensity(t, df));
    // The tail is convex, so a step never needs to go below half the current point.
    const safe = Math.max(next, t / 2);
    if (Math.abs(safe - t) < 1e-12 * t) return safe;
    t = safe;
  }
  return t;
}
