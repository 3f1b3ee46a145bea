import { describe, expect, it } from 'vitest';
import { dueInstruments } from './due.js';
import {
  balance4Stage,
  chairStand,
  chairStandNorm,
  functionTests,
  singleLegStance,
} from './function-tests.js';
import { instrumentById, instruments } from './registry.js';
import { answersSchema, scoreResponse } from './responses.js';

describe('30-second chair stand norms (CDC STEADI, women)', () => {
  it('shows only her own trend below 60, or when her age is unknown', () => {
    expect(chairStandNorm(8, 59)).toEqual({ kind: 'own_trend' });
    expect(chairStandNorm(8, 45)).toEqual({ kind: 'own_trend' });
    expect(chairStandNorm(8, null)).toEqual({ kind: 'own_trend' });
  });

  it.each([
    [60, '60-64', 12],
    [64, '60-64', 12],
    [65, '65-69', 11],
    [70, '70-74', 10],
    [75, '75-79', 10],
    [80, '80-84', 9],
    [85, '85-89', 8],
    [90, '90-94', 4],
    [97, '90-94', 4],
  ])('at %i uses the %s band, where under %i is below the usual range', (age, ageBand, usual) => {
    expect(chairStandNorm(usual, age)).toEqual({ kind: 'norm', ageBand, usual, belowUsual: false });
    expect(chairStandNorm(usual - 1, age)).toMatchObject({ belowUsual: true });
  });
});

describe('function tests as instruments', () => {
  it('scores the chair stand as the count of stands', () => {
    expect(scoreResponse(chairStand, [14]).score).toEqual({ total: 14 });
  });

  it('scores single-leg stance by the weaker leg, keeping both, and caps each at 30 seconds', () => {
    expect(scoreResponse(singleLegStance, [30, 12]).score).toEqual({
      total: 12,
      subscales: { left: 30, right: 12 },
    });
    expect(answersSchema(singleLegStance).safeParse([31, 10]).success).toBe(false);
    expect(answersSchema(singleLegStance).safeParse([30, 30]).success).toBe(true);
  });

  it('names a short single-leg stance (under 5 s) apart', () => {
    expect(scoreResponse(singleLegStance, [4, 20]).band.id).toBe('short');
    expect(scoreResponse(singleLegStance, [5, 20]).band.id).toBe('recorded');
  });

  it('bands the 4-stage test at heel-to-toe (stage 3), the STEADI line', () => {
    expect(scoreResponse(balance4Stage, [2]).band.id).toBe('unsteady');
    expect(scoreResponse(balance4Stage, [3]).band.id).toBe('steady');
    expect(answersSchema(balance4Stage).safeParse([5]).success).toBe(false);
  });

  it('are found by id, but are not among the questionnaires', () => {
    for (const test of functionTests) expect(instrumentById(test.id)).toBe(test);
    expect(instruments.map((i) => i.id)).not.toContain('chair_stand');
  });

  it('each carry safety words, steps, a timer and graded sources', () => {
    for (const test of functionTests) {
      expect(test.test?.safety.length).toBeGreaterThan(0);
      expect(test.test?.steps.length).toBeGreaterThan(0);
      expect(test.test?.timer.seconds).toBeGreaterThan(0);
      expect(test.test?.evidence.every((e) => e.source.length > 0)).toBe(true);
    }
  });

  it('fall due monthly: never done, or 30 days after the last time', () => {
    const due = (last: string | undefined) =>
      dueInstruments({
        lastCompleted: { chair_stand: last },
        optedIn: false,
        today: '2026-03-31',
        from: functionTests,
      });
    expect(due(undefined)).toContain('chair_stand');
    expect(due('2026-03-01')).toContain('chair_stand');
    expect(due('2026-03-02')).not.toContain('chair_stand');
  });
});
