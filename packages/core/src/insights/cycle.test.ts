import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../cycle/days.js';
import { bleedingEpisodes, cyclesOf } from '../cycle/episodes.js';
import { phaseOn } from '../cycle/phase.js';
import { estimateStage } from '../cycle/stage.js';
import { cycleInsights, stageAt } from './cycle.js';
import { dailySeries } from './daily.js';
import { checkinOn, mulberry32 } from './simulate.js';

const FROM = '2026-01-01';
/** Five 28-day cycles, each period 5 days long, starting on FROM. */
const periods = Array.from({ length: 5 }, (_, i) => ({
  startDate: addDays(FROM, i * 28),
  endDate: addDays(FROM, i * 28 + 4),
}));
/** Pain 7 on the first 3 days of each cycle, 3 otherwise: worked out by hand below. */
const checkins = Array.from({ length: 140 }, (_, d) => checkinOn(addDays(FROM, d), d % 28 < 3 ? 7 : 3));
const series = dailySeries(checkins, FROM, addDays(FROM, 139));

describe('cycleInsights', () => {
  const result = cycleInsights({ series, periods });

  it('averages daily pain by cycle day and names each day by its usual phase', () => {
    expect(result.periods).toBe(5);
    expect(result.byDay[0]).toEqual({ day: 1, n: 5, meanPain: 7, phase: 'menstrual' });
    expect(result.byDay[10]).toEqual({ day: 11, n: 5, meanPain: 3, phase: 'follicular' });
    // Day 26 of a 28-day cycle is 3 days before the next period: premenstrual (last 5 days).
    expect(result.byDay[25]?.phase).toBe('premenstrual');
    // Nothing beyond day 28: no cycle was longer.
    expect(result.byDay[30]).toEqual({ day: 31, n: 0, meanPain: null, phase: null });
  });

  it('averages daily pain by phase', () => {
    // Menstrual days 1–5: (7 + 7 + 7 + 3 + 3) / 5 = 5.4, over 5 cycles = 25 days.
    const menstrual = result.byPhase.find((p) => p.phase === 'menstrual');
    expect(menstrual?.n).toBe(25);
    expect(menstrual?.meanPain).toBeCloseTo(5.4, 10);
    expect(result.byPhase.find((p) => p.phase === 'luteal')?.meanPain).toBe(3);
  });

  it('makes a yes/no driver for each phase on days with a known phase', () => {
    const menstrual = result.drivers['cyclePhase:menstrual']?.values;
    expect(menstrual?.get(FROM)).toBe(true);
    expect(menstrual?.get(addDays(FROM, 10))).toBe(false);
  });

  it('has nothing to say without periods', () => {
    const none = cycleInsights({ series });
    expect(none.periods).toBe(0);
    expect(none.byStage).toEqual([]);
    expect(none.byDay.every((d) => d.n === 0)).toBe(true);
    expect(none.byPhase.every((p) => p.meanPain === null)).toBe(true);
  });

  it('follows the STRAW+10 estimate across the range, from late transition to postmenopause', () => {
    const start = '2027-01-01';
    const days = 240;
    const later = dailySeries(
      Array.from({ length: days }, (_, d) => checkinOn(addDays(start, d), 4)),
      start,
      addDays(start, days - 1),
    );
    const { byStage } = cycleInsights({ series: later, periods });
    // The last period ends on 2026-04-20: 60+ days before `start`, and 365 days later on 2027-04-20.
    expect(byStage.map((s) => s.stage)).toEqual(['late_transition', 'postmenopause']);
    expect(byStage[0]?.from).toBe(start);
    expect(byStage.reduce((sum, s) => sum + s.n, 0)).toBe(days);
    const change = byStage[1]?.from as string;
    expect(Math.abs(daysBetween('2027-04-20', change))).toBeLessThanOrEqual(14);
  });

  it('gives no stage when the profile rules it out', () => {
    const { byStage } = cycleInsights({ series, periods, profile: { hrt: true } });
    expect(byStage).toHaveLength(1);
    expect(byStage[0]).toMatchObject({ stage: 'unknown', from: FROM, to: addDays(FROM, 139), n: 140 });
    // 15 days at 7 and 125 at 3.
    expect(byStage[0]?.meanPain).toBeCloseTo((15 * 7 + 125 * 3) / 140, 10);
  });

  // Irregular cycles (20–70 days, a 5-month gap, periods of 2–7 days) over 6 years, from a seeded PRNG.
  const rng = mulberry32(8);
  const irregular: { startDate: string; endDate: string }[] = [];
  for (let start = '2020-01-05'; start < '2026-01-01'; ) {
    irregular.push({ startDate: start, endDate: addDays(start, 1 + Math.floor(rng() * 6)) });
    const gap = start > '2023-03-01' && start < '2023-05-01' ? 150 : 20 + Math.floor(rng() * 50);
    start = addDays(start, gap);
  }
  const episodes = bleedingEpisodes(irregular);

  it('gives every day the same phase as phaseOn', () => {
    const days = daysBetween('2020-01-01', '2026-03-01');
    const long = dailySeries([], '2020-01-01', addDays('2020-01-01', days));
    const { drivers } = cycleInsights({ series: long, periods: irregular });
    const cycles = cyclesOf(episodes);
    for (const date of long.dates) {
      const phase = phaseOn(date, cycles);
      for (const p of ['menstrual', 'luteal', 'premenstrual'] as const)
        expect(drivers[`cyclePhase:${p}`]?.values.get(date)).toBe(
          phase === undefined ? undefined : phase === p,
        );
    }
  });

  it('estimates the same stage from the recent episodes as from the whole log', () => {
    for (let asOf = '2020-02-01'; asOf < '2027-06-01'; asOf = addDays(asOf, 9)) {
      const whole = estimateStage({ episodes, profile: {}, asOf });
      expect(stageAt(episodes, {}, asOf)).toEqual(whole);
    }
  });
});
