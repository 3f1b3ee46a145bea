import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from './bh.js';

describe('Benjamini–Hochberg', () => {
  // The 15 p-values of Benjamini & Hochberg (1995), §4; expected q = R's p.adjust(p, 'BH'), checked by hand:
  // q_i = min over j ≥ i of p_j·15/j. The paper rejects the first four at level 0.05.
  const p = [
    0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528,
    0.759, 1,
  ];
  const expected = [
    0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.063857, 0.063857, 0.0645, 0.0765, 0.486, 0.581182, 0.714875,
    0.753231, 0.813214, 1,
  ];

  it('adjusts the published example as the step-up procedure does', () => {
    benjaminiHochberg(p).forEach((q, i) => {
      expect(q).toBeCloseTo(expected[i] as number, 6);
    });
  });

  it('rejects the same four hypotheses as the paper at q < 0.05', () => {
    expect(benjaminiHochberg(p).filter((q) => q < 0.05)).toHaveLength(4);
  });

  it('keeps the input order', () => {
    // Sorted 0.0001, 0.0278, 0.324 → q = 0.0001·3, 0.0278·3/2, 0.324·3/3.
    const q = benjaminiHochberg([0.324, 0.0001, 0.0278]);
    [0.324, 0.0003, 0.0417].forEach((expected, i) => {
      expect(q[i]).toBeCloseTo(expected, 12);
    });
  });
});
