import { describe, expect, it } from 'vitest';
import {
  answersSchema,
  dueInstruments,
  instrumentById,
  responseInputSchema,
  scoreResponse,
} from './registry.js';

const get = (id: string) => {
  const i = instrumentById(id);
  if (!i) throw new Error(id);
  return i;
};

describe('PEG', () => {
  it('scores the mean of its three items to one decimal', () => {
    // (7 + 5 + 6) / 3 = 6.0; (3 + 4 + 4) / 3 = 3.67 → 3.7
    expect(scoreResponse(get('peg'), [7, 5, 6]).score.total).toBe(6);
    expect(scoreResponse(get('peg'), [3, 4, 4]).score.total).toBe(3.7);
  });
});

describe('MRS', () => {
  it('scores the total and the three subscales by hand-worked example', () => {
    // Items 1–11: 0,1,2,3,4,0,1,2,3,4,0 → total 20; somatic 1,2,3,11 = 0+1+2+0 = 3;
    // psychological 4,5,6,7 = 3+4+0+1 = 8; urogenital 8,9,10 = 2+3+4 = 9.
    const r = scoreResponse(get('mrs'), [0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0]);
    expect(r.score).toEqual({ total: 20, subscales: { somatic: 3, psychological: 8, urogenital: 9 } });
    expect(r.band.id).toBe('severe');
    expect(r.subscaleBands).toEqual({ somatic: 'mild', psychological: 'severe', urogenital: 'severe' });
  });

  it.each([
    [4, 'none'],
    [5, 'mild'],
    [8, 'mild'],
    [9, 'moderate'],
    [16, 'moderate'],
    [17, 'severe'],
  ])('puts a total of %i in the %s band', (total, band) => {
    const answers = Array.from({ length: 11 }, (_, i) => Math.max(0, Math.min(4, total - i * 4)));
    expect(answers.reduce((a, b) => a + b, 0)).toBe(total);
    expect(scoreResponse(get('mrs'), answers).band.id).toBe(band);
  });
});

describe('PHQ-2 and GAD-2', () => {
  it('suggests talking to a clinician from a total of 3, never naming a condition', () => {
    for (const id of ['phq2', 'gad2']) {
      expect(scoreResponse(get(id), [1, 1]).band.id).toBe('ok');
      const positive = scoreResponse(get(id), [2, 1]).band;
      expect(positive.id).toBe('talk');
      expect(positive.text).not.toMatch(/you have (depression|anxiety)/i);
    }
  });
});

describe('answer validation', () => {
  it('rejects the wrong number of answers and out-of-range values', () => {
    expect(answersSchema(get('peg')).safeParse([1, 2]).success).toBe(false);
    expect(answersSchema(get('mrs')).safeParse([5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]).success).toBe(false);
    expect(answersSchema(get('phq2')).safeParse([0.5, 1]).success).toBe(false);
    expect(answersSchema(get('gad2')).safeParse([3, 3]).success).toBe(true);
  });

  it('checks a backed-up response against its instrument', () => {
    const base = { completedAt: '2026-03-01T09:00:00Z' };
    expect(responseInputSchema.safeParse({ ...base, instrument: 'peg', answers: [1, 2, 3] }).success).toBe(
      true,
    );
    expect(responseInputSchema.safeParse({ ...base, instrument: 'peg', answers: [1, 2, 11] }).success).toBe(
      false,
    );
    expect(responseInputSchema.safeParse({ ...base, instrument: 'bdi', answers: [1] }).success).toBe(false);
  });
});

describe('due questionnaires', () => {
  it('offers PEG weekly and MRS monthly, PHQ-2/GAD-2 every two weeks only when opted in', () => {
    const today = '2026-03-31';
    expect(dueInstruments({ lastCompleted: {}, optedIn: false, today })).toEqual(['peg', 'mrs']);
    expect(dueInstruments({ lastCompleted: {}, optedIn: true, today })).toEqual([
      'peg',
      'mrs',
      'phq2',
      'gad2',
    ]);
    const last = { peg: '2026-03-25', mrs: '2026-03-01', phq2: '2026-03-17', gad2: '2026-03-18' };
    expect(dueInstruments({ lastCompleted: last, optedIn: true, today })).toEqual(['mrs', 'phq2']);
  });
});
