import { describe, expect, it } from 'vitest';
import { addDays } from '../cycle/days.js';
import { dailySeries } from './daily.js';
import { checkinOn, mulberry32 } from './simulate.js';
import { rollingMeans, trendInsights } from './trend.js';

const FROM = '2026-01-01';
const N = Number.NaN;

function trendOf(days: number, pain: (d: number) => number | null) {
  const checkins = Array.from({ length: days }, (_, d) => pain(d))
    .map((p, d) => (p === null ? null : checkinOn(addDays(FROM, d), p)))
    .filter((c) => c !== null);
  return trendInsights(dailySeries(checkins, FROM, addDays(FROM, days - 1)));
}

describe('rollingMeans', () => {
  it('averages the logged days of each trailing window and needs half of them', () => {
    // Width 4 needs 2 logged days: [1] → none; [1,·] → none; [1,·,3] → 2; [1,·,3,·] → 2; [·,3,·,8] → 5.5.
    expect(rollingMeans(Float64Array.from([1, N, 3, N, 8]), 4)).toEqual([null, null, 2, 2, 5.5]);
  });
});

describe('trendInsights', () => {
  it('finds a steady rise, in points per 30 days', () => {
    const t = trendOf(90, (d) => 2 + d / 10);
    expect(t.status).toBe('rising');
    expect(t.perMonth).toBeCloseTo(3, 6);
    // Every pairwise slope is 0.1 a day, so Sen's range collapses to a point and is not shown.
    expect(t.sentence).toBe(
      'Your pain has been going up by about 3.0 points a month (90 days with pain logged).',
    );
  });

  it('gives a range for a rise with day-to-day ups and downs', () => {
    const rng = mulberry32(13);
    const t = trendOf(90, (d) => Math.round(2 + d / 10 + 2 * rng()));
    expect(t.status).toBe('rising');
    expect(t.ciLow).toBeLessThan(3);
    expect(t.ciHigh).toBeGreaterThan(3);
    expect(t.sentence).toMatch(/^Your pain has been going up by about 3\.\d points a month \(95% range \d/);
  });

  it('finds no clear trend in noise', () => {
    const rng = mulberry32(11);
    const t = trendOf(120, () => Math.floor(rng() * 7));
    expect(t.status).toBe('no_clear_trend');
    expect(t.mannKendall?.p).toBeGreaterThan(0.05);
  });

  it('gives an autocorrelation-adjusted p no smaller than the plain one', () => {
    let level = 5;
    const rng = mulberry32(12);
    const t = trendOf(200, () => {
      level = Math.min(10, Math.max(0, level + (rng() < 0.5 ? -1 : 1) * (rng() < 0.3 ? 1 : 0)));
      return level;
    });
    expect(t.mannKendall?.p).toBeGreaterThanOrEqual(t.mannKendall?.pUnadjusted as number);
  });

  it('keeps missing days as null in the series and counts only logged days', () => {
    const t = trendOf(30, (d) => (d % 3 === 0 ? null : 4));
    expect(t.series[0]).toEqual({ date: FROM, pain: null, painMax: null, mean7: null, mean28: null });
    expect(t.series[6]?.mean7).toBe(4);
    expect(t.days).toBe(20);
  });

  it('says how many more days of pain it needs', () => {
    const t = trendOf(10, () => 3);
    expect(t.status).toBe('insufficient_data');
    expect(t.missing).toBe('log your pain on 4 more days.');
    expect(t.sentence).toBe('Not enough data yet for a trend: log your pain on 4 more days.');
  });
});
