import { describe, expect, it } from 'vitest';
import { fontRuns } from './draw.js';

const runs = (text: string) => fontRuns(text).map((r) => [r.text, r.ext]);

describe('fontRuns', () => {
  it('keeps Latin text (with accents, dashes and quotes) in one run', () => {
    expect(runs('Zoë’s café – 5 €')).toEqual([['Zoë’s café – 5 €', false]]);
    expect(runs('')).toEqual([['', false]]);
  });

  it('takes letters only Latin Extended has from its file, switching back after them', () => {
    expect(runs('Ból w Łodzi')).toEqual([
      ['Ból w ', false],
      ['Ł', true],
      ['odzi', false],
    ]);
    expect(runs('ședință')).toEqual([
      ['ș', true],
      ['edin', false],
      ['ță', true],
    ]);
  });
});
