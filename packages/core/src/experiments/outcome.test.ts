import { describe, expect, it } from 'vitest';
import { checkinOn } from '../insights/simulate.js';
import type { ExperimentAnalysis } from './analysis.js';
import { dailyOutcome, resultSentence } from './outcome.js';

const analysis = (fields: Partial<ExperimentAnalysis>): ExperimentAnalysis => ({
  effect: -1.84,
  ciLow: -3.1,
  ciHigh: -0.6,
  probabilityBenefit: 0.81,
  threshold: -1,
  daysCounted: 30,
  daysMissing: 4,
  adherenceRate: 0.9,
  pairsUsed: 3,
  verdict: 'likely helps',
  days: [],
  ...fields,
});

describe('resultSentence', () => {
  it('states the verdict, the size with its range and the chance of a real benefit', () => {
    expect(resultSentence(analysis({}), 'your pain', false)).toBe(
      'It likely helps. Your pain was 1.8 points lower on “try it” days than on “as usual” days (95% range: -3.1 to -0.6). The chance of a real benefit (at least 1 point better) is 81%.',
    );
  });
  it('marks an interim result and says when there is nothing to compare yet', () => {
    expect(resultSentence(analysis({ verdict: 'no clear difference' }), 'your pain', true)).toMatch(
      /^No clear difference: a real answer too\. So far, your pain was/,
    );
    expect(resultSentence(analysis({ effect: null, verdict: 'not enough data' }), 'your pain', true)).toMatch(
      /^So far, there are not enough days/,
    );
  });
});

describe('dailyOutcome', () => {
  it('averages pain over the day and takes the highest for worst pain', () => {
    const day = [checkinOn('2026-03-02', 3, { painWorst: 6 }), checkinOn('2026-03-02', 5, { painWorst: 5 })];
    expect(dailyOutcome(day, 'pain').get('2026-03-02')).toBe(4);
    expect(dailyOutcome(day, 'painWorst').get('2026-03-02')).toBe(6);
    expect(dailyOutcome(day, 'sleepQuality').size).toBe(0);
  });
});
