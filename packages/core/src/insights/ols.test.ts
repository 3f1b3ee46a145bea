import { describe, expect, it } from 'vitest';
import { adjustForAutocorrelation, fitLinear, fitSlope, lag1Autocorrelation } from './ols.js';

// Day numbers two apart: no adjacent days, so no autocorrelation adjustment and plain OLS results.
const spaced = (n: number) => Array.from({ length: n }, (_, i) => 2 * i);

describe('fitSlope', () => {
  it('matches a hand-computed regression', () => {
    // x 1…5, y 2 4 5 4 5: slope 6/10, residuals −0.8 0.6 1 −0.6 −0.2, SSE 2.4, SE √(2.4/3/10) = 0.28284.
    const e = fitSlope([1, 2, 3, 4, 5], [2, 4, 5, 4, 5], spaced(5));
    expect(e.effect).toBeCloseTo(0.6, 12);
    expect(e.se).toBeCloseTo(0.28284271247461895, 12);
    // SciPy 1.17.1 linregress: p = 0.12402706265755445; interval 0.6 ± t(0.975, 3)·SE.
    expect(e.p).toBeCloseTo(0.12402706265755445, 9);
    expect(e.ciHigh - 0.6).toBeCloseTo(3.182446305283708 * 0.28284271247461895, 9);
  });

  it('gives the difference in means for a yes/no driver', () => {
    const x = [1, 1, 1, 0, 0, 0, 0];
    const y = [6, 7, 8, 3, 4, 5, 4];
    expect(fitSlope(x, y, spaced(7)).effect).toBeCloseTo(7 - 4, 12);
  });
});

describe('lag1Autocorrelation', () => {
  it('counts only pairs of adjacent days and corrects the small-sample bias', () => {
    // 12 consecutive days alternating ±1: r = −1, corrected (12·−1 + 1)/(12 − 4), clamped to −0.95.
    const alternating = Array.from({ length: 12 }, (_, i) => (i % 2 ? -1 : 1));
    expect(lag1Autocorrelation(alternating, [...Array(12).keys()])).toBe(-0.95);
  });

  it('is 0 when too few adjacent days exist to estimate it', () => {
    expect(lag1Autocorrelation([1, 2, 3, 4, 5, 6], spaced(6))).toBe(0);
  });

  it('estimates a smooth series as strongly autocorrelated', () => {
    // 20 days rising by 1: c0 = 665/20, c1 = Σ(i−9.5)(i−8.5)/19 = 598.5/19 → r = 0.9474; (20r + 1)/16 > 0.95.
    const rising = [...Array(20).keys()];
    expect(lag1Autocorrelation(rising, rising)).toBe(0.95);
  });
});

describe('adjustForAutocorrelation', () => {
  it('inflates the variance by (1 + r)/(1 − r) and uses n_eff − 2 df', () => {
    // n = 40, r = 0.5: n_eff = 40/3; SciPy: t.ppf(0.975, 40/3 − 2) = 2.193112816080358,
    // 2·t.sf(2/√3, 40/3 − 2) = 0.2719797246952198 for a naive z of 2 (SE 1, effect 2).
    const e = adjustForAutocorrelation(2, 1, 40, 2, 0.5);
    expect(e.nEff).toBeCloseTo(40 / 3, 12);
    expect(e.se).toBeCloseTo(Math.sqrt(3), 12);
    expect(e.ciHigh - 2).toBeCloseTo(2.193112816080358 * Math.sqrt(3), 9);
    expect(e.p).toBeCloseTo(0.2719797246952198, 9);
  });

  it('never narrows an interval for negative autocorrelation', () => {
    expect(adjustForAutocorrelation(1, 1, 30, 2, -0.4).se).toBe(1);
  });
});

describe('fitLinear', () => {
  it('matches NumPy least squares on a segmented design', () => {
    const t = [...Array(12).keys()].map((i) => i - 6);
    const after = t.map((v) => (v >= 0 ? 1 : 0));
    const y = [2.57, 2.91, 2.77, 2.05, 3.25, 3.12, 1.73, 2.59, 2.78, 3.05, 3.21, 3.77];
    const columns = [
      new Float64Array(12).fill(1),
      Float64Array.from(t),
      Float64Array.from(after),
      Float64Array.from(t, (v, i) => v * (after[i] as number)),
    ];
    const fit = fitLinear(columns, Float64Array.from(y), spaced(12));
    // NumPy 2.4.6 lstsq, SE from s²(XᵀX)⁻¹ with s² = SSE/(12 − 4).
    const beta = [3.083333333333333, 0.08714285714285738, -1.1090476190476197, 0.2651428571428566];
    const se = [0.32391469580543913, 0.08317361564905096, 0.4102857032320819, 0.11762525528249496];
    fit?.forEach((e, j) => {
      expect(e.effect).toBeCloseTo(beta[j] as number, 10);
      expect(e.se).toBeCloseTo(se[j] as number, 10);
    });
  });

  it('reports collinear columns as not estimable', () => {
    const ones = new Float64Array(5).fill(1);
    expect(fitLinear([ones, ones], Float64Array.from([1, 2, 3, 4, 5]), spaced(5))).toBeUndefined();
  });
});
