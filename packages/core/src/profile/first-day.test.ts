import { describe, expect, it } from 'vitest';
import { offerWelcome, pinnedGroupsOf, togglePinned } from './first-day.js';

describe('which check-in groups open by themselves', () => {
  it('opens none for a new profile', () => {
    expect(pinnedGroupsOf(undefined)).toEqual([]);
    expect(pinnedGroupsOf({})).toEqual([]);
  });

  it('opens the ones she pinned', () => {
    expect(pinnedGroupsOf({ pinnedCheckinGroups: ['sleep', 'day'] })).toEqual(['sleep', 'day']);
  });

  it('carries an earlier choice over: every group she had not folded away stays open', () => {
    expect(pinnedGroupsOf({ hiddenCheckinGroups: ['day', 'mood'] })).toEqual([
      'pain',
      'sleep',
      'body',
      'measures',
    ]);
    expect(pinnedGroupsOf({ hiddenCheckinGroups: ['body'] })).toEqual(['pain', 'sleep', 'mood', 'day']);
  });

  it('follows her pins once she has any, even an empty list', () => {
    expect(pinnedGroupsOf({ pinnedCheckinGroups: [], hiddenCheckinGroups: ['day'] })).toEqual([]);
  });

  it('pins and unpins a group, keeping the form order', () => {
    expect(togglePinned(['day'], 'sleep')).toEqual(['sleep', 'day']);
    expect(togglePinned(['sleep', 'day'], 'sleep')).toEqual(['day']);
  });
});

describe('when to offer the first-day welcome', () => {
  it('offers it to a new account', () => {
    expect(offerWelcome({}, false)).toBe(true);
  });

  it('never again once she answered or skipped it', () => {
    expect(offerWelcome({ welcomeDone: true }, false)).toBe(false);
  });

  it('not to someone who already checks in or answered its questions elsewhere', () => {
    expect(offerWelcome({}, true)).toBe(false);
    expect(offerWelcome({ birthYear: 1978 }, false)).toBe(false);
    expect(offerWelcome({ boneHealth: 'normal' }, false)).toBe(false);
    expect(offerWelcome({ menopausalSelfReport: 'not_sure' }, false)).toBe(false);
  });
});
