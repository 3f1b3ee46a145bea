import { describe, expect, it } from 'vitest';
import { normalCdf, tQuantile975, tTwoSidedP } from './distributions.js';

// Reference values from SciPy 1.17.1: stats.t.ppf(0.975, df), 2 * stats.t.sf(2, df), stats.norm.cdf(z).
describe('distributions', () => {
  it.each([
    [1, 12.706204736174694],
    [2.5, 3.5746548420036817],
    [5, 2.5705818356363146],
    [10, 2.228138851986274],
    [100, 1.9839715185235518],
    [1000, 1.9623390808264083],
  ])('gives the 97.5%% point of t on %s df', (df, expected) => {
    expect(tQuantile975(df)).toBeCloseTo(expected, 9);
  });

  it.each([
    [1, 0.2951672353008665],
    [3, 0.13932596855884305],
    [30, 0.054625044962983094],
  ])('gives the two-sided p of t = 2 on %s df', (df, expected) => {
    expect(tTwoSidedP(2, df)).toBeCloseTo(expected, 10);
  });

  it('matches the normal distribution to 1e-7', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 7);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 7);
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
  });
});
