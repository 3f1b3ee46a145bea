import { describe, expect, it } from 'vitest';
import { looksLikeOneToFive, rescaleOneToFive } from './csv-scale.js';

describe('0–10 columns on another scale', () => {
  it('asks about a column of whole numbers 1–5 that reaches 5, or whose header names 1–5', () => {
    expect(looksLikeOneToFive('Mood', ['1', '3', '', '5'])).toEqual({ min: 1, max: 5 });
    expect(looksLikeOneToFive('Pain (1-5)', ['2', '4'])).toEqual({ min: 2, max: 4 });
    expect(looksLikeOneToFive('Energy /5', ['3'])).toEqual({ min: 3, max: 3 });
  });

  it('never asks about 0, fractions, values above 5, a header naming 0–10, or too few values', () => {
    expect(looksLikeOneToFive('Pain', ['0', '3', '5'])).toBeNull();
    expect(looksLikeOneToFive('Pain', ['2', '7', '5'])).toBeNull();
    expect(looksLikeOneToFive('Pain (1-5)', ['2,5', '3'])).toBeNull();
    expect(looksLikeOneToFive('Pain (0-10)', ['1', '3', '5'])).toBeNull();
    expect(looksLikeOneToFive('Pain /10', ['1', '3', '5'])).toBeNull();
    expect(looksLikeOneToFive('Pain', ['3', '5'])).toBeNull();
    expect(looksLikeOneToFive('Pain', ['2', '3', '4'])).toBeNull();
    expect(looksLikeOneToFive('Pain (1-5)', ['', ' '])).toBeNull();
  });

  it('1–5 → 0–10 is ×2.5 − 2.5, rounded half up; an empty cell stays empty', () => {
    expect(['1', '2', '3', '4', '5', ''].map((c) => rescaleOneToFive(c))).toEqual([
      { cell: '0' },
      { cell: '3' },
      { cell: '5' },
      { cell: '8' },
      { cell: '10' },
      { cell: '' },
    ]);
    expect(rescaleOneToFive('6')).toEqual({
      message: '"6" is not a number from 1 to 5, so it can\'t be converted to 0–10.',
    });
  });
});
