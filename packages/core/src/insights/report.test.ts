import { describe, expect, it } from 'vitest';
import { addDays } from '../cycle/days.js';
import { computeInsights } from './compute.js';
import { insightsReport } from './report.js';
import { checkinOn } from './simulate.js';

const FROM = '2026-01-01';
const TO = addDays(FROM, 89);
/** 60 days from day 30: pain 6 after 5-hour nights (every third day), else 3. */
const checkins = Array.from({ length: 60 }, (_, i) => {
  const short = i % 3 === 0;
  return checkinOn(addDays(FROM, 30 + i), short ? 6 : 3, { sleepHours: short ? 5 : 8 });
});

describe('insightsReport', () => {
  it('starts at the first check-in when the range starts earlier, and says so', () => {
    const report = insightsReport({ checkins, from: FROM, to: TO });
    expect(report.from).toBe(addDays(FROM, 30));
    expect(report.to).toBe(TO);
    expect(report.trend.series).toHaveLength(60);
    expect(report.days).toBe(60);
  });

  it('keeps the asked-for range when nothing is logged in it', () => {
    const report = insightsReport({ checkins: [], from: FROM, to: TO });
    expect(report.from).toBe(FROM);
    expect(report.days).toBe(0);
  });

  it('gives the same drivers as the engine, each with a plain name', () => {
    const report = insightsReport({ checkins, from: FROM, to: TO });
    const engine = computeInsights({ checkins, from: addDays(FROM, 30), to: TO });
    expect(report.drivers.map(({ label: _, lessonId: __, ...d }) => d)).toEqual(engine.drivers);
    const sleep = report.drivers.find((d) => d.driver === 'sleepHours');
    expect(sleep?.label).toBe('sleep hours');
    expect(sleep?.lessonId).toBe('sleep-pain-loop');
  });

  it('names custom trackers and treatments', () => {
    const report = insightsReport({
      checkins: checkins.map((c, i) => ({ ...c, custom: { k1: i % 2 === 0 } })),
      from: FROM,
      to: TO,
      names: { 'custom:k1': 'heels' },
      treatments: [{ id: 't1', name: 'yoga class', startDate: addDays(FROM, 60), endDate: null }],
    });
    const labels = new Set(report.drivers.map((d) => d.label));
    expect(labels).toContain('heels');
    expect(labels).toContain('yoga class');
  });

  it('adds cycle phases as drivers only when periods are known', () => {
    const without = insightsReport({ checkins, from: FROM, to: TO });
    expect(without.cycle.periods).toBe(0);
    expect(without.drivers.some((d) => d.driver.startsWith('cyclePhase:'))).toBe(false);
    const periods = [0, 28, 56].map((d) => ({
      startDate: addDays(FROM, 30 + d),
      endDate: addDays(FROM, 34 + d),
    }));
    const withPeriods = insightsReport({ checkins, from: FROM, to: TO, periods });
    expect(withPeriods.cycle.periods).toBe(3);
    expect(withPeriods.drivers.some((d) => d.driver === 'cyclePhase:menstrual')).toBe(true);
    expect(withPeriods.cycle.byDay[0]?.n).toBe(3);
  });

  it('reads periods from bleeding in the check-ins when no list is given', () => {
    const bleeding = checkins.map((c, i) => (i % 28 < 4 ? { ...c, bleeding: 'medium' as const } : c));
    expect(insightsReport({ checkins: bleeding, from: FROM, to: TO }).cycle.periods).toBe(3);
  });
});
