import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { peg } from './peg.js';

describe('PEG', () => {
  it('scores the mean of its three items to one decimal', () => {
    // (7 + 5 + 6) / 3 = 6.0; (3 + 4 + 4) / 3 = 3.67 → 3.7; (1 + 0 + 0) / 3 = 0.33 → 0.3
    expect(peg.score([7, 5, 6])).toEqual({ total: 6 });
    expect(peg.score([3, 4, 4])).toEqual({ total: 3.7 });
    expect(peg.score([1, 0, 0])).toEqual({ total: 0.3 });
    expect(peg.score([10, 10, 10])).toEqual({ total: peg.maxScore });
  });

  it('stays within 0–10 and within 0.05 of the exact mean', () => {
    const item = fc.integer({ min: 0, max: 10 });
    fc.assert(
      fc.property(fc.tuple(item, item, item), (a) => {
        const { total } = peg.score(a);
        return total >= 0 && total <= 10 && Math.abs(total - (a[0] + a[1] + a[2]) / 3) <= 0.05 + 1e-9;
      }),
    );
  });

  it.each([
    [[3, 4, 4], 'lower'],
    [[4, 4, 4], 'middle'],
    [[7, 7, 6], 'middle'],
    [[7, 7, 7], 'higher'],
  ])('puts answers %j in the %s band', (answers, band) => {
    expect(peg.band(peg.score(answers)).id).toBe(band);
  });

  it('asks about the past week with 0–10 answers labelled at both ends', () => {
    expect(peg.items).toHaveLength(3);
    for (const item of peg.items) {
      expect(item.text).toContain('past week');
      expect(item.options.map((o) => o.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }
    expect(peg.items[0]?.options[10]?.label).toBe('10 Pain as bad as you can imagine');
  });
});
