import type { InsightsReport } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { actionsFor } from './actions';

type Driver = InsightsReport['drivers'][number];
const driver = (over: Partial<Driver>): Driver =>
  ({ driver: 'sleepHours', status: 'likely', effect: -0.8, ...over }) as Driver;

describe('what a pattern offers to try', () => {
  it('offers the sleep set-up and the wind-down routine when more sleep went with less pain', () => {
    expect(actionsFor(driver({})).map((a) => a.key)).toEqual(['sleepSetup', 'windDown']);
  });

  it('offers breaks when more sitting went with more pain', () => {
    expect(actionsFor(driver({ driver: 'sittingHours', effect: 0.4 }))).toEqual([
      { to: '/breaks', key: 'breaks' },
    ]);
  });

  it('never suggests more of something that went with more pain', () => {
    expect(actionsFor(driver({ driver: 'activityMinutes', effect: 0.3 }))).toEqual([]);
    expect(actionsFor(driver({ driver: 'sittingHours', effect: -0.3 }))).toEqual([]);
  });

  it('offers nothing for patterns that are not likely or possible, or for drivers without an action', () => {
    expect(actionsFor(driver({ status: 'none' }))).toEqual([]);
    expect(actionsFor(driver({ driver: 'hotFlushes', effect: 0.5 }))).toEqual([]);
  });
});
