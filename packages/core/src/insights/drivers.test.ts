import { describe, expect, it } from 'vitest';
import type { Checkin } from '../checkins/schema.js';
import { addDays } from '../cycle/days.js';
import { benjaminiHochberg } from './bh.js';
import { dailySeries } from './daily.js';
import { type DriverResult, driverInsights } from './drivers.js';
import { checkinOn, mulberry32 } from './simulate.js';

const FROM = '2026-01-01';
const run = (checkins: Checkin[], days: number) =>
  driverInsights(dailySeries(checkins, FROM, addDays(FROM, days - 1)));
const find = (results: DriverResult[], driver: string, lag: 0 | 1) =>
  results.find((r) => r.driver === driver && r.lag === lag) as DriverResult;

/** `days` check-ins whose fields come from `fields(d)`; pain from `pain(d, fields of each day)`. */
function user(
  days: number,
  fields: (d: number) => Partial<Checkin>,
  pain: (d: number, all: Partial<Checkin>[]) => number,
) {
  const all = Array.from({ length: days }, (_, d) => fields(d));
  return all.map((f, d) => checkinOn(addDays(FROM, d), pain(d, all), f));
}

describe('driverInsights', () => {
  it('pairs a night field with the same morning’s pain at lag 1 (last night → today)', () => {
    const rng = mulberry32(1);
    const checkins = user(
      40,
      () => ({ sleepHours: 5 + Math.floor(rng() * 4) }),
      (d, all) => 10 - (all[d]?.sleepHours as number),
    );
    const results = run(checkins, 40);
    expect(find(results, 'sleepHours', 1).effect).toBeCloseTo(-1, 12);
    expect(find(results, 'sleepHours', 0).effect).not.toBeCloseTo(-1, 1);
  });

  it('pairs a day field with the next day’s pain at lag 1 (yesterday → today)', () => {
    const rng = mulberry32(2);
    const checkins = user(
      40,
      () => ({ stress: Math.floor(rng() * 10) }),
      (d, all) => all[d - 1]?.stress ?? 5,
    );
    const lag1 = find(run(checkins, 40), 'stress', 1);
    expect(lag1.effect).toBeCloseTo(1, 12);
    expect(lag1.n).toBe(39);
  });

  it('says how many more days to log when there are fewer than 14', () => {
    const checkins = user(
      10,
      (d) => ({ stress: d % 5 }),
      () => 3,
    );
    const r = find(run(checkins, 10), 'stress', 0);
    expect(r).toMatchObject({ status: 'insufficient_data', effect: null, q: null, n: 10 });
    expect(r.missing).toBe('log stress on 4 more days.');
    expect(r.sentence).toBe(
      'Not enough data yet to compare stress on the same day with your pain: log stress on 4 more days.',
    );
  });

  it('needs 5 yes-days and 5 no-days for a yes/no driver', () => {
    const checkins = user(
      20,
      (d) => ({ nightSweats: d % 7 === 0 }),
      () => 3,
    );
    const r = find(run(checkins, 20), 'nightSweats', 1);
    expect(r.status).toBe('insufficient_data');
    expect(r.missing).toBe('it needs 2 more days with night sweats.');
  });

  it('needs a numeric driver to vary on at least 5 days', () => {
    const checkins = user(
      20,
      (d) => ({ waterGlasses: d < 2 ? 6 : 8 }),
      () => 3,
    );
    expect(find(run(checkins, 20), 'waterGlasses', 0).missing).toBe(
      'water was the same on almost every day; it needs 3 more days with a different value.',
    );
  });

  it('calls a strong pattern possible, not likely, with fewer than 28 days', () => {
    const rng = mulberry32(3);
    const checkins = user(
      20,
      () => ({ stress: Math.floor(rng() * 10) }),
      (d, all) => all[d]?.stress as number,
    );
    const r = find(run(checkins, 20), 'stress', 0);
    expect(r.q).toBeLessThan(0.05);
    expect(r.status).toBe('possible');
  });

  it('adjusts p-values across every driver and lag tested', () => {
    const rng = mulberry32(4);
    const checkins = user(
      60,
      () => ({ stress: Math.floor(rng() * 10), mood: Math.floor(rng() * 10), nightSweats: rng() < 0.5 }),
      () => Math.floor(rng() * 10),
    );
    const tested = run(checkins, 60).filter((r) => r.p !== null);
    expect(tested).toHaveLength(6);
    const q = benjaminiHochberg(tested.map((r) => r.p as number));
    tested.forEach((r, i) => {
      expect(r.q).toBeCloseTo(q[i] as number, 12);
    });
  });

  it('ranks likely first, then possible, none and not enough data', () => {
    const rng = mulberry32(5);
    const checkins = user(
      60,
      (d) => ({ stress: Math.floor(rng() * 10), mood: Math.floor(rng() * 10), waistCm: d < 50 ? null : 80 }),
      (d, all) => (all[d]?.stress as number) + Math.floor(rng() * 3),
    );
    const order = { likely: 0, possible: 1, none: 2, insufficient_data: 3 };
    const ranks = run(checkins, 60).map((r) => order[r.status]);
    expect(ranks[0]).toBe(0);
    expect(ranks.at(-1)).toBe(3);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});
