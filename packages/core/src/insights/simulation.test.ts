import { describe, expect, it } from 'vitest';
import { addDays } from '../cycle/days.js';
import { computeInsights } from './index.js';
import { mulberry32, simulateCheckins } from './simulate.js';

/**
 * Validation by simulation (issue 8, item 4). Each synthetic user logs 180 days (10% of days missed),
 * pain = round(5 + effect·(last night's sleep − 7) + AR(1) noise with φ = 0.4, sd 1.5), clamped to 0–10,
 * beside 24 other drivers (all check-in fields, 8 foods, 2 custom trackers) that have no effect on pain,
 * so each user has 25 drivers × 2 lags = 50 tests.
 */
const FROM = '2026-01-01';
const DAYS = 180;
const TRUE_EFFECT = -0.8;

function simulate(seed: number, sleepEffect: number) {
  const checkins = simulateCheckins({
    rng: mulberry32(seed),
    from: FROM,
    days: DAYS,
    sleepEffect,
    customTrackers: 2,
  });
  return computeInsights({ checkins, from: FROM, to: addDays(FROM, DAYS - 1) });
}

describe('simulated users with a planted sleep effect of −0.8 per hour (200 users)', () => {
  const estimates = Array.from({ length: 200 }, (_, u) => {
    const sleep = simulate(u + 1, TRUE_EFFECT).drivers.find((d) => d.driver === 'sleepHours' && d.lag === 1);
    return {
      effect: sleep?.effect as number,
      ciLow: sleep?.ciLow as number,
      ciHigh: sleep?.ciHigh as number,
    };
  });
  const errors = estimates.map((e) => e.effect - TRUE_EFFECT);

  it('covers the true effect with the 95% interval for at least 90% of users', () => {
    // Measured: 96.5% (mean interval width 0.53).
    const covered = estimates.filter((e) => e.ciLow <= TRUE_EFFECT && TRUE_EFFECT <= e.ciHigh).length;
    expect(covered / 200).toBeGreaterThanOrEqual(0.9);
  });

  it('recovers the effect within ±0.3 for at least 95% of users, without bias', () => {
    // Measured: 97.5% within ±0.3 (largest miss 0.47); mean error −0.0004; mean absolute error 0.105.
    const within = errors.filter((e) => Math.abs(e) <= 0.3).length;
    const meanError = errors.reduce((a, b) => a + b, 0) / errors.length;
    expect(within / 200).toBeGreaterThanOrEqual(0.95);
    expect(Math.abs(meanError)).toBeLessThan(0.05);
  });
});

describe('simulated users with no effects at all (1000 users)', () => {
  it('shows any false likely driver to at most 5% of users', { timeout: 60_000 }, () => {
    // Benjamini–Hochberg at 0.05 keeps this share near 5% under a complete null (for independent tests,
    // exactly 5%), so 200 users (binomial spread ±1.5%) cannot settle it: the first 200 users here give
    // 6.5%. 1000 users narrow the spread to ±0.7%. Measured: 4.1% here; 4.25% over 2000 other seeds.
    let withFalseLikely = 0;
    for (let u = 0; u < 1000; u++)
      if (simulate(10_001 + u, 0).drivers.some((d) => d.status === 'likely')) withFalseLikely++;
    expect(withFalseLikely / 1000).toBeLessThanOrEqual(0.05);
  });
});
