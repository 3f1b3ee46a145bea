import { describe, expect, it } from 'vitest';
import { addDays } from '../cycle/days.js';
import { areaInsights, WORST_AREA_MIN_DAYS } from './areas.js';
import { dailySeries } from './daily.js';
import { insightsReport } from './report.js';
import { checkinOn } from './simulate.js';

const from = '2026-01-01';
const day = (i: number) => addDays(from, i);

/** 40 days: the low back follows stress (8 on stressed days, 4 otherwise); the hip creeps up by a point a week. */
function days(n = 40) {
  return Array.from({ length: n }, (_, i) => {
    const stressed = i % 3 === 0;
    const back = stressed ? 8 : 4;
    const hip = Math.min(10, Math.floor(i / 7));
    return checkinOn(day(i), back, {
      stress: stressed ? 8 : 2,
      painByArea: [
        { area: 'lower_back_centre', score: back },
        { area: 'hip_left', score: hip },
      ],
    });
  });
}

describe('pain per area in insights', () => {
  it('gives each scored area its trend, highest mean first', () => {
    const checkins = days();
    const to = day(39);
    const { areas } = areaInsights(checkins, dailySeries(checkins, from, to));
    expect(areas.map((a) => [a.area, a.days])).toEqual([
      ['lower_back_centre', 40],
      ['hip_left', 40],
    ]);
    expect(areas[1]?.trend.status).toBe('rising');
    expect(areas[0]?.label).toBe('Lower back, centre');
  });

  it('finds what goes with her worst area: stress for a low back that follows it', () => {
    const checkins = days();
    const { worst } = areaInsights(checkins, dailySeries(checkins, from, day(39)));
    expect(worst?.area).toBe('lower_back_centre');
    const stress = worst?.drivers.find((d) => d.driver === 'stress' && d.lag === 0);
    expect(stress?.status).toBe('likely');
    expect(stress?.effect).toBeGreaterThan(0);
    expect(stress?.label).toMatch(/stress/i);
  });

  it(`names no worst area before one has scores on ${WORST_AREA_MIN_DAYS} days`, () => {
    const checkins = days(WORST_AREA_MIN_DAYS - 1);
    const { worst, areas } = areaInsights(checkins, dailySeries(checkins, from, day(10)));
    expect(worst).toBeNull();
    expect(areas[0]?.trend.status).toBe('insufficient_data');
  });

  it('has nothing to say for check-ins without area scores, old ones included', () => {
    const checkins = [checkinOn(day(0), 5), checkinOn(day(1), 6)];
    expect(insightsReport({ checkins, from, to: day(1) }).areas).toEqual({ areas: [], worst: null });
  });
});
