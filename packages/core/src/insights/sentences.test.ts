import { describe, expect, it } from 'vitest';
import { computeInsights } from './index.js';
import { driverWords } from './labels.js';
import { driverSentence, formatNumber, formatRange, NOT_PROOF } from './sentences.js';
import { mulberry32, simulateCheckins } from './simulate.js';

describe('sentences', () => {
  it('phrases a numeric driver per unit with its range and days', () => {
    const s = driverSentence({
      words: driverWords('sleepHours'),
      kind: 'numeric',
      lag: 1,
      status: 'likely',
      effect: -0.8,
      ciLow: -1.3,
      ciHigh: -0.3,
      n: 48,
    });
    expect(s).toBe(
      'For each extra hour of sleep the night before, your pain was 0.8 points lower on average ' +
        '(95% range 0.3 to 1.3; 48 days). This is a pattern in your data, not proof of cause.',
    );
  });

  it('phrases a yes/no driver as days with against days without', () => {
    const s = driverSentence({
      words: driverWords('nightSweats'),
      kind: 'boolean',
      lag: 1,
      status: 'possible',
      effect: 1.4,
      ciLow: 0.6,
      ciHigh: 2.2,
      n: 48,
    });
    expect(s).toBe(
      'On days after a night with night sweats, your pain was 1.4 points higher on average ' +
        '(95% range 0.6 to 2.2; 48 days). It is only a possible pattern so far and could still be chance. ' +
        'This is a pattern in your data, not proof of cause.',
    );
  });

  it('says a range that crosses zero from lower to higher', () => {
    expect(formatRange(-0.3, 0.5)).toBe('0.3 lower to 0.5 higher');
  });

  it('keeps small per-unit effects from reading as zero', () => {
    expect(formatNumber(0.034)).toBe('0.03');
    expect(formatNumber(-1.26)).toBe('1.3');
  });

  it('names cycle phases and treatments in yes/no sentences', () => {
    expect(driverWords('cyclePhase:luteal').yes).toBe('in your luteal phase');
    expect(driverWords('treatment:t1', { 'treatment:t1': 'acupuncture' }).yes).toBe('during acupuncture');
  });

  it('never uses causal words, in any sentence a simulated user sees', () => {
    const checkins = simulateCheckins({
      rng: mulberry32(9),
      from: '2026-01-01',
      days: 120,
      sleepEffect: -1,
      customTrackers: 2,
    });
    const insights = computeInsights({
      checkins,
      from: '2025-12-20',
      to: '2026-04-30',
      treatments: [{ id: 't1', name: 'physio', startDate: '2026-02-01', endDate: null }],
    });
    const sentences = [
      insights.trend.sentence,
      ...insights.drivers.map((d) => d.sentence),
      ...insights.treatments.flatMap((t) => [t.sentence, t.warning]),
    ];
    expect(new Set(insights.drivers.map((d) => d.status)).size).toBeGreaterThan(2);
    // The one allowed use of "cause" is the disclaimer itself.
    for (const s of sentences)
      expect(s.replace(NOT_PROOF, '')).not.toMatch(
        /\b(cause[sd]?|causing|caused|triggers?|triggered|makes?|made|leads? to|due to|because)\b/i,
      );
  });
});
