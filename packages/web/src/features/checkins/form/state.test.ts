import type { Checkin } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { fromCheckin, groupHasAnswer, groupHasError, toCandidate } from './state';

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

describe('pain per area and how it feels in the form', () => {
  const at = '2026-03-14T08:30:00Z';
  it('sends the scores of marked areas in body-map order, and drops a score whose area was unmarked', () => {
    const f = {
      ...empty(),
      pain: 6,
      bodyAreas: ['hip_left', 'lower_back_centre'] as Checkin['bodyAreas'] & {},
      areaScores: { hip_left: 3, lower_back_centre: 6, neck: 4 },
      painQualities: ['burning' as const],
    };
    expect(toCandidate(f, units, at)).toMatchObject({
      painByArea: [
        { area: 'lower_back_centre', score: 6 },
        { area: 'hip_left', score: 3 },
      ],
      painQualities: ['burning'],
    });
  });

  it('sends null for both when nothing is scored or ticked, as an old check-in holds them', () => {
    expect(toCandidate({ ...empty(), pain: 2 }, units, at)).toMatchObject({
      painByArea: null,
      painQualities: null,
    });
  });

  it('reads a stored check-in back into the same answers', () => {
    const stored = {
      bodyAreas: ['neck'],
      painByArea: [{ area: 'neck', score: 4 }],
      painQualities: ['spasm'],
    } as unknown as Checkin;
    const f = fromCheckin(stored, units);
    expect(f.areaScores).toEqual({ neck: 4 });
    expect(f.painQualities).toEqual(['spasm']);
  });
});
