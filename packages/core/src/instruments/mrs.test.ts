import { describe, expect, it } from 'vitest';
import { mrs, mrsCutoffs, mrsSeverity, mrsSubscaleBands } from './mrs.js';

/** Eleven answers adding up to `total`, filled from item 1 onwards. */
const answersAdding = (total: number) =>
  Array.from({ length: 11 }, (_, i) => Math.max(0, Math.min(4, total - i * 4)));

describe('MRS scoring', () => {
  it('scores the total and the three subscales of a hand-worked example', () => {
    // Items 1–11: 0,1,2,3,4,0,1,2,3,4,0 → total 20.
    // Somatic 1,2,3,11 = 0+1+2+0 = 3; psychological 4,5,6,7 = 3+4+0+1 = 8; urogenital 8,9,10 = 2+3+4 = 9.
    const score = mrs.score([0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0]);
    expect(score).toEqual({ total: 20, subscales: { somatic: 3, psychological: 8, urogenital: 9 } });
    expect(mrs.band(score).id).toBe('severe');
    // Somatic 3 is mild (3–4); psychological 8 severe (7+); urogenital 9 severe (4+).
    expect(mrsSubscaleBands(score.subscales ?? {})).toEqual({
      somatic: 'mild',
      psychological: 'severe',
      urogenital: 'severe',
    });
  });

  it('puts every item in exactly one subscale', () => {
    const items = Object.values(mrs.subscales ?? {}).flat();
    expect([...items].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it.each([
    [0, 'none'],
    [4, 'none'],
    [5, 'mild'],
    [8, 'mild'],
    [9, 'moderate'],
    [16, 'moderate'],
    [17, 'severe'],
    [44, 'severe'],
  ])('puts a total of %i in the %s band', (total, band) => {
    const answers = answersAdding(total);
    expect(mrs.score(answers).total).toBe(total);
    expect(mrs.band(mrs.score(answers)).id).toBe(band);
  });

  it.each([
    ['somatic', [2, 3, 4, 5, 8, 9], ['none', 'mild', 'mild', 'moderate', 'moderate', 'severe']],
    ['psychological', [1, 2, 3, 4, 6, 7], ['none', 'mild', 'mild', 'moderate', 'moderate', 'severe']],
    ['urogenital', [0, 1, 2, 3, 4, 12], ['none', 'mild', 'moderate', 'moderate', 'severe', 'severe']],
  ] as const)('bands the %s subscale at its published cut-offs', (name, scores, levels) => {
    expect(scores.map((s) => mrsSeverity(s, mrsCutoffs[name]))).toEqual(levels);
  });

  it('offers the five published answers, None to Very severe, on all eleven items', () => {
    expect(mrs.items).toHaveLength(11);
    for (const item of mrs.items)
      expect(item.options.map((o) => o.label)).toEqual(['None', 'Mild', 'Moderate', 'Severe', 'Very severe']);
  });
});
