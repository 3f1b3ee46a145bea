import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleBreakSettings } from './example.js';
import { nextReminders } from './schedule.js';
import { snoozeChoices } from './snooze.js';
import { applyBreakAction, snoozeMinutes } from './state.js';

// Monday 2 March 2026 in London (GMT, so local time is UTC); work 09:00–17:00, lunch 12:30–13:30.
const at = (time: string, date = '2026-03-02') => Date.parse(`${date}T${time}Z`);
const settings = exampleBreakSettings();

describe('snooze choices near the edges of work time', () => {
  it('offers both snoozes in the middle of the morning', () => {
    expect(snoozeChoices(settings, at('10:00:00'))).toEqual([5, 10]);
  });

  it('offers only 5 minutes when 10 would reach work end', () => {
    expect(snoozeChoices(settings, at('16:50:00'))).toEqual([5]);
    expect(snoozeChoices(settings, at('16:49:59'))).toEqual([5, 10]);
  });

  it('offers no snooze when 5 minutes would reach work end', () => {
    expect(snoozeChoices(settings, at('16:54:59'))).toEqual([5]);
    expect(snoozeChoices(settings, at('16:55:00'))).toEqual([]);
    expect(snoozeChoices(settings, at('17:30:00'))).toEqual([]);
  });

  it('offers no snooze that would land in lunch', () => {
    expect(snoozeChoices(settings, at('12:20:00'))).toEqual([5]);
    expect(snoozeChoices(settings, at('12:25:00'))).toEqual([]);
  });

  it('offers no snooze on a day off', () => {
    expect(snoozeChoices(settings, at('10:00:00', '2026-03-07'))).toEqual([]);
  });

  it('judges work end by her time zone, not UTC', () => {
    const ny = exampleBreakSettings({ timeZone: 'America/New_York' });
    // 21:50 UTC is 16:50 in New York (EST, UTC−5).
    expect(snoozeChoices(ny, at('21:50:00'))).toEqual([5]);
    // 16:50 UTC is 11:50 there: the middle of her morning.
    expect(snoozeChoices(ny, at('16:50:00'))).toEqual([5, 10]);
  });

  it('offers a snooze only when its reminder would really come', () => {
    fc.assert(
      fc.property(fc.integer({ min: at('06:00:00'), max: at('19:00:00') }), (now) => {
        for (const minutes of snoozeMinutes) {
          const state = applyBreakAction({}, { type: 'snooze', minutes }, now);
          const [next] = nextReminders(settings, now, 1, state);
          const comesBack = next?.at === state.snoozedUntil;
          expect(snoozeChoices(settings, now).includes(minutes)).toBe(comesBack);
        }
      }),
    );
  });
});
