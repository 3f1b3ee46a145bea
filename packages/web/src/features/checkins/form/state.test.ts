import { describe, expect, it } from 'vitest';
import { fromCheckin, groupHasAnswer, groupHasError } from './state';

const units = { weight: 'kg', length: 'cm' } as const;
const empty = () => fromCheckin(undefined, units);

describe('which optional groups of the check-in hold something', () => {
  it('finds nothing in a new check-in', () => {
    const f = empty();
    for (const g of ['pain', 'sleep', 'mood', 'body', 'measures', 'day'] as const)
      expect(groupHasAnswer(g, f)).toBe(false);
  });

  it('sees a typed number, a chosen scale point, a yes/no and a ticked list in their own groups', () => {
    const f = empty();
    expect(groupHasAnswer('sleep', { ...f, text: { ...f.text, sleepHours: '6.5' } })).toBe(true);
    expect(groupHasAnswer('mood', { ...f, stress: 0 })).toBe(true);
    expect(groupHasAnswer('sleep', { ...f, nightPain: false })).toBe(true);
    expect(groupHasAnswer('day', { ...f, foods: ['berries'] })).toBe(true);
    expect(groupHasAnswer('body', { ...f, bleeding: 'spotting' })).toBe(true);
    expect(groupHasAnswer('measures', { ...f, text: { ...f.text, waist: '80' } })).toBe(true);
    expect(groupHasAnswer('pain', { ...f, painWorst: 7 })).toBe(true);
    expect(groupHasAnswer('day', { ...f, custom: { t1: 3 } })).toBe(true);
  });

  it('does not count blank text or a pain score (it is not in an optional group)', () => {
    const f = empty();
    expect(groupHasAnswer('day', { ...f, notes: '   ' })).toBe(false);
    expect(groupHasAnswer('pain', { ...f, pain: 6, bodyAreas: ['neck'] })).toBe(false);
  });

  it('places an error in the group that shows it, own trackers included', () => {
    expect(groupHasError('measures', { weight: 'Too heavy' })).toBe(true);
    expect(groupHasError('day', { 'custom.abc': 'Not a number' })).toBe(true);
    expect(groupHasError('sleep', { pain: 'Pick a score' })).toBe(false);
  });
});
