import { describe, expect, it } from 'vitest';
import { addDays } from '../cycle/days.js';
import { dailySeries } from './daily.js';
import { TREATMENT_WARNING } from './sentences.js';
import { checkinOn } from './simulate.js';
import { treatmentInsights } from './treatments.js';

const FROM = '2026-01-01';
const physio = { id: 'p1', name: 'physio', startDate: '2026-02-15', endDate: null };

/** Pain on each of `days` days from FROM, given by day number relative to the treatment start (day 45). */
function seriesOf(days: number, pain: (t: number) => number) {
  const checkins = Array.from({ length: days }, (_, d) => checkinOn(addDays(FROM, d), pain(d - 45)));
  return dailySeries(checkins, FROM, addDays(FROM, days - 1));
}

describe('treatmentInsights', () => {
  it('recovers an exact level and slope change', () => {
    // Before: 5 + 0.02t. From the start: a drop of 1.5 and a slope 0.03 a day steeper (0.9 per 30 days).
    const s = seriesOf(90, (t) => 5 + 0.02 * t + (t >= 0 ? -1.5 + 0.03 * t : 0));
    const r = treatmentInsights(s, physio);
    expect(r.status).toBe('estimated');
    expect(r.nBefore).toBe(45);
    expect(r.nAfter).toBe(45);
    expect(r.levelChange?.effect).toBeCloseTo(-1.5, 9);
    expect(r.slopeChangePerMonth?.effect).toBeCloseTo(0.9, 9);
    // The fitted lines to draw: the same four numbers, per day.
    expect(r.line?.intercept).toBeCloseTo(5, 9);
    expect(r.line?.slopePerDay).toBeCloseTo(0.02, 9);
    expect(r.line?.levelChange).toBeCloseTo(-1.5, 9);
    expect(r.line?.slopeChangePerDay).toBeCloseTo(0.03, 9);
  });

  it('gives an interval that contains a planted drop in noisy data', () => {
    const wobble = [0.5, -0.5, 0, 1, -1, 0.5, -0.5];
    const s = seriesOf(90, (t) => 5 + (t >= 0 ? -2 : 0) + (wobble[(t + 70) % 7] as number));
    const level = treatmentInsights(s, physio).levelChange;
    expect(level?.ciLow).toBeLessThan(-2);
    expect(level?.ciHigh).toBeGreaterThan(-2);
  });

  it('says how many more days are needed on each side', () => {
    const s = seriesOf(50, () => 4);
    const r = treatmentInsights(s, { ...physio, startDate: '2026-01-11' });
    expect(r.status).toBe('insufficient_data');
    expect(r.levelChange).toBeNull();
    expect(r.line).toBeNull();
    expect(r.missing).toBe('it needs 4 more days with pain logged before it started.');
    expect(r.sentence).toContain('Not enough data yet to compare your pain before and after physio');
  });

  it('leaves out the days after a treatment ended', () => {
    const r = treatmentInsights(
      seriesOf(90, () => 4),
      { ...physio, endDate: '2026-03-01' },
    );
    expect(r.nAfter).toBe(15);
  });

  it('always warns that other things changed too', () => {
    expect(
      treatmentInsights(
        seriesOf(90, () => 4),
        physio,
      ).warning,
    ).toBe(TREATMENT_WARNING);
  });
});
