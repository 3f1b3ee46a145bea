import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersSchema } from './responses.js';
import { rmdq } from './rmdq.js';

const none = Array.from({ length: 24 }, () => 0);
const ticked = (...numbers: number[]) => none.map((_, i) => (numbers.includes(i + 1) ? 1 : 0));

describe('RMDQ', () => {
  it('has the 24 published statements, each ticked or not', () => {
    expect(rmdq.items).toHaveLength(24);
    expect(rmdq.items[0]?.text).toBe('I stay at home most of the time because of my back.');
    expect(rmdq.items[23]?.text).toBe('I stay in bed most of the time because of my back.');
    expect(rmdq.items.every((i) => i.options.map((o) => o.value).join() === '0,1')).toBe(true);
    expect(rmdq.presentation).toBe('checklist');
    expect(rmdq.citation).toContain('Spine 2000');
  });

  it('scores the number of statements ticked', () => {
    expect(rmdq.score(none)).toEqual({ total: 0 });
    expect(rmdq.score(ticked(2, 13, 18))).toEqual({ total: 3 });
    expect(rmdq.score(none.map(() => 1))).toEqual({ total: rmdq.maxScore });
  });

  it('counts ticks for any set of statements, within 0–24', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 24, maxLength: 24 }), (a) => {
        const { total } = rmdq.score(a);
        return total === a.filter((x) => x === 1).length && total >= 0 && total <= 24;
      }),
    );
  });

  it.each([
    [0, 'lower'],
    [8, 'lower'],
    [9, 'middle'],
    [16, 'middle'],
    [17, 'higher'],
    [24, 'higher'],
  ])('puts a score of %i in the %s band', (total, band) => {
    expect(rmdq.band({ total }).id).toBe(band);
  });

  it('refuses an answer other than ticked or not, and a list of the wrong length', () => {
    expect(answersSchema(rmdq).safeParse(ticked(1, 24)).success).toBe(true);
    expect(answersSchema(rmdq).safeParse([2, ...none.slice(1)]).success).toBe(false);
    expect(answersSchema(rmdq).safeParse(none.slice(1)).success).toBe(false);
  });
});
