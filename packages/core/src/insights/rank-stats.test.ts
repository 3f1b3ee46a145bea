import { describe, expect, it } from 'vitest';
import { mannKendall, pairwiseSlopes } from './rank-stats.js';
import { mulberry32 } from './simulate.js';

const days = (n: number) => [...Array(n).keys()];

describe('Mann–Kendall', () => {
  it('matches a hand count on a short series', () => {
    // 1 3 2 5 4: 8 rising pairs, 2 falling → S = 6; Var S = 5·4·15/18; z = (6 − 1)/√Var S;
    // p = 2·(1 − Φ(1.2247)) = 0.22067136191984693 (SciPy 1.17.1 norm.sf).
    const mk = mannKendall([1, 3, 2, 5, 4]);
    expect(mk.s).toBe(6);
    expect(mk.varS).toBeCloseTo(50 / 3, 12);
    expect(mk.z).toBeCloseTo(5 / Math.sqrt(50 / 3), 12);
    expect(mk.p).toBeCloseTo(0.22067136191984693, 7);
  });

  it('corrects the variance for ties', () => {
    // Tie groups of sizes 1,3,2,3,2,1: Var S = [12·11·29 − 3·(3·2·11) − 2·(2·1·9)]/18 = 203.33;
    // S = 46 (by pairs, and = τb·√(N(N − ties)) from SciPy's kendalltau 0.7434844114105212);
    // z = 45/√203.33 = 3.1558, p = 0.001600635479105057.
    const mk = mannKendall([2, 1, 2, 3, 2, 4, 3, 5, 4, 4, 6, 5]);
    expect(mk.s).toBe(46);
    expect(mk.varS).toBeCloseTo(203.33333333333334, 9);
    expect(mk.p).toBeCloseTo(0.001600635479105057, 7);
  });

  it('gives S = 0 and p = 1 for a flat series', () => {
    expect(mannKendall([3, 3, 3, 3])).toMatchObject({ s: 0, z: 0, p: 1 });
  });

  it('widens with an autocorrelation inflation', () => {
    const y = [2, 1, 2, 3, 2, 4, 3, 5, 4, 4, 6, 5];
    expect(mannKendall(y, 3).p).toBeGreaterThan(mannKendall(y).p);
  });
});

describe('Theil–Sen', () => {
  it('matches SciPy theilslopes on a short series', () => {
    // Slopes of 1 3 2 5 4 sorted: −1 −1 ⅓ ½ ¾ 1 1 4⁄3 2 3 → median 0.875. SciPy 1.17.1 theilslopes:
    // slope 0.875, 95% interval −1 to 3.
    const s = pairwiseSlopes([1, 2, 3, 4, 5], [1, 3, 2, 5, 4]);
    expect(s.median()).toBeCloseTo(0.875, 9);
    const [low, high] = s.interval(mannKendall([1, 3, 2, 5, 4]).varS);
    expect(low).toBeCloseTo(-1, 9);
    expect(high).toBeCloseTo(3, 9);
  });

  it('matches SciPy theilslopes on a series with ties', () => {
    const y = [2, 1, 2, 3, 2, 4, 3, 5, 4, 4, 6, 5];
    const s = pairwiseSlopes(days(12), y);
    // SciPy 1.17.1 theilslopes: slope 0.4, interval 0.2222222222222222 to 0.5.
    expect(s.median()).toBeCloseTo(0.4, 9);
    const [low, high] = s.interval(mannKendall(y).varS);
    expect(low).toBeCloseTo(2 / 9, 9);
    expect(high).toBeCloseTo(0.5, 9);
  });

  it('returns exactly 0 when the middle slopes are ties', () => {
    expect(pairwiseSlopes(days(6), [4, 5, 4, 5, 4, 4]).median()).toBe(0);
  });

  it('agrees with listing and sorting every slope on about 400 noisy whole-number points', () => {
    const rng = mulberry32(7);
    const x = days(500).filter(() => rng() < 0.8);
    const y = x.map((d) => Math.round(5 + 0.004 * d + 3 * rng()));
    const all: number[] = [];
    for (let i = 0; i < x.length; i++)
      for (let j = i + 1; j < x.length; j++)
        all.push(((y[j] as number) - (y[i] as number)) / ((x[j] as number) - (x[i] as number)));
    all.sort((a, b) => a - b);
    const s = pairwiseSlopes(x, y);
    for (const k of [1, 1000, Math.floor(all.length / 2), all.length - 7, all.length])
      expect(s.kth(k)).toBeCloseTo(all[k - 1] as number, 9);
  });
});
