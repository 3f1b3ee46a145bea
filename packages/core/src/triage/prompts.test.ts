import { describe, expect, it } from 'vitest';
import type { BodyArea } from '../checkins/body-areas.js';
import { checkinScreeningPrompt } from './leg-symptoms.js';
import { screeningPrompt } from './prompts.js';

const c = (localDate: string, pain: number, bodyAreas: BodyArea[] = [], time = '09:00') => ({
  localDate,
  recordedAt: `${localDate}T${time}:00+00:00`,
  pain,
  screeningPrompt: checkinScreeningPrompt({ bodyAreas }),
});
const today = '2026-03-20';

describe('when to offer the safety check', () => {
  it('offers it at first use', () => {
    expect(screeningPrompt({ checkins: [], lastScreening: undefined, today })).toBe('first');
  });

  it('offers it weekly: 7 days after the last one, not 6', () => {
    expect(screeningPrompt({ checkins: [], lastScreening: '2026-03-13', today })).toBe('weekly');
    expect(screeningPrompt({ checkins: [], lastScreening: '2026-03-14', today })).toBeUndefined();
  });

  it('offers it when pain is 3 or more above the mean of the previous 7 days', () => {
    const week = [c('2026-03-14', 3), c('2026-03-16', 4), c('2026-03-18', 2)];
    expect(screeningPrompt({ checkins: [...week, c(today, 6)], lastScreening: '2026-03-17', today })).toBe(
      'spike',
    );
    expect(
      screeningPrompt({ checkins: [...week, c(today, 5)], lastScreening: '2026-03-17', today }),
    ).toBeUndefined();
  });

  it('ignores check-ins older than 7 days when computing the mean', () => {
    const old = [c('2026-03-10', 0), c('2026-03-19', 5)];
    expect(
      screeningPrompt({ checkins: [...old, c(today, 7)], lastScreening: '2026-03-17', today }),
    ).toBeUndefined();
  });

  it('offers it when pain spreads below the knee', () => {
    const checkins = [c(today, 4, ['lower_back_left', 'below_knee_left'])];
    expect(screeningPrompt({ checkins, lastScreening: '2026-03-17', today })).toBe('one_leg_radiating');
  });

  it('offers it when pain is in a foot, which is below the knee too', () => {
    const checkins = [c(today, 4, ['foot_right'])];
    expect(screeningPrompt({ checkins, lastScreening: '2026-03-17', today })).toBe('one_leg_radiating');
  });

  it('offers it for the leg symptom her latest check-in carries, both legs included', () => {
    const checkins = [c(today, 4, ['below_knee_left', 'below_knee_right'])];
    expect(screeningPrompt({ checkins, lastScreening: '2026-03-17', today })).toBe('both_legs_symptoms');
  });

  it('stays quiet for the rest of the day once a check was done today', () => {
    const checkins = [c('2026-03-18', 1), c(today, 9, ['below_knee_right'])];
    expect(screeningPrompt({ checkins, lastScreening: today, today })).toBeUndefined();
  });

  it('only looks at the latest check-in when it is from today', () => {
    const checkins = [c('2026-03-18', 1), c('2026-03-19', 9, ['below_knee_right'])];
    expect(screeningPrompt({ checkins, lastScreening: '2026-03-17', today })).toBeUndefined();
  });
});
