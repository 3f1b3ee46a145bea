import { describe, expect, it } from 'vitest';
import { dailyBreakPlan, nextReminders } from './schedule.js';
import type { BreakSettings } from './schema.js';
import { applyBreakAction, type BreakState } from './state.js';

const makeSettings = (over: Partial<BreakSettings> = {}): BreakSettings => ({
  enabled: true,
  timeZone: 'Europe/London',
  workDays: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '17:00',
  mode: 'pomodoro',
  standingDesk: false,
  ...over,
});
const utc = (iso: string) => Date.parse(iso);
/** The instants of the next reminders, written `YYYY-MM-DDTHH:MMZ` for short expectations. */
const times = (s: BreakSettings, from: string, count: number, state?: BreakState) =>
  nextReminders(s, utc(from), count, state).map((r) => `${r.at.slice(0, 16)}Z`);

// 2026-03-02 is a Monday; London is on GMT, so local time equals UTC until 29 March.
const MONDAY = '2026-03-02';

describe('break schedule: cadence', () => {
  it('puts the first pomodoro reminder 25 minutes after start, then every 30 minutes', () => {
    expect(times(makeSettings(), `${MONDAY}T07:00:00Z`, 3)).toEqual([
      '2026-03-02T09:25Z',
      '2026-03-02T09:55Z',
      '2026-03-02T10:25Z',
    ]);
  });

  it('reminds at 50 past each hour in 50-10 mode', () => {
    const s = makeSettings({ mode: '50-10' });
    expect(times(s, `${MONDAY}T08:00:00Z`, 2)).toEqual(['2026-03-02T09:50Z', '2026-03-02T10:50Z']);
  });

  it('reminds an hour after start and hourly after that in hourly mode', () => {
    const s = makeSettings({ mode: 'hourly' });
    expect(times(s, `${MONDAY}T08:00:00Z`, 2)).toEqual(['2026-03-02T10:00Z', '2026-03-02T11:00Z']);
  });

  it('uses the chosen interval in custom mode', () => {
    const s = makeSettings({ mode: 'custom', intervalMinutes: 45 });
    expect(times(s, `${MONDAY}T08:00:00Z`, 3)).toEqual([
      '2026-03-02T09:45Z',
      '2026-03-02T10:30Z',
      '2026-03-02T11:15Z',
    ]);
  });

  it('returns reminders strictly after the given instant', () => {
    expect(times(makeSettings(), `${MONDAY}T09:25:00Z`, 1)).toEqual(['2026-03-02T09:55Z']);
  });
});

describe('break schedule: work hours', () => {
  it('never reminds at the end of the work day; the next comes the following morning', () => {
    const s = makeSettings({ mode: 'hourly' });
    expect(times(s, `${MONDAY}T15:30:00Z`, 2)).toEqual(['2026-03-02T16:00Z', '2026-03-03T10:00Z']);
  });

  it('skips the weekend', () => {
    // Friday 6 March, after the last pomodoro reminder at 16:55.
    expect(times(makeSettings(), '2026-03-06T16:56:00Z', 1)).toEqual(['2026-03-09T09:25Z']);
  });

  it('keeps lunch free and restarts the cadence when lunch ends', () => {
    const s = makeSettings({ lunch: { start: '12:30', end: '13:30' } });
    expect(dailyBreakPlan(s).map((p) => p.time)).toEqual([
      ...['09:25', '09:55', '10:25', '10:55', '11:25', '11:55', '12:25'],
      ...['13:55', '14:25', '14:55', '15:25', '15:55', '16:25', '16:55'],
    ]);
    expect(times(s, `${MONDAY}T12:26:00Z`, 1)).toEqual(['2026-03-02T13:55Z']);
  });

  it('plans nothing at the very start of lunch', () => {
    const s = makeSettings({ mode: 'hourly', lunch: { start: '12:00', end: '13:00' } });
    expect(dailyBreakPlan(s).map((p) => p.time)).toEqual(['10:00', '11:00', '14:00', '15:00', '16:00']);
  });

  it('alternates stand and sit with a standing desk, starting each day with stand', () => {
    const s = makeSettings({ mode: 'hourly', standingDesk: true });
    const kinds = nextReminders(s, utc(`${MONDAY}T08:00:00Z`), 8).map((r) => r.kind);
    expect(kinds).toEqual(['stand', 'sit', 'stand', 'sit', 'stand', 'sit', 'stand', 'stand']);
  });

  it('asks everyone else to move', () => {
    expect(nextReminders(makeSettings(), utc(`${MONDAY}T08:00:00Z`), 2).map((r) => r.kind)).toEqual([
      'move',
      'move',
    ]);
  });

  it('returns nothing when reminders are off or none are asked for', () => {
    expect(nextReminders(makeSettings({ enabled: false }), utc(`${MONDAY}T08:00:00Z`), 5)).toEqual([]);
    expect(nextReminders(makeSettings(), utc(`${MONDAY}T08:00:00Z`), 0)).toEqual([]);
  });

  it('returns nothing when the work day is too short for one reminder', () => {
    const s = makeSettings({ start: '09:00', end: '09:20' });
    expect(nextReminders(s, utc(`${MONDAY}T08:00:00Z`), 3)).toEqual([]);
  });
});

describe('break schedule: snooze, skip and pause', () => {
  const at = (time: string) => utc(`${MONDAY}T${time}:00Z`);

  it('moves the next reminder to the end of a snooze', () => {
    const state = applyBreakAction({}, { type: 'snooze', minutes: 10 }, at('09:25'));
    expect(times(makeSettings(), `${MONDAY}T09:25:00Z`, 3, state)).toEqual([
      '2026-03-02T09:35Z',
      '2026-03-02T09:55Z',
      '2026-03-02T10:25Z',
    ]);
  });

  it('lets a snooze replace a reminder that would have come before it', () => {
    const s = makeSettings({ mode: 'custom', intervalMinutes: 10 });
    const state = applyBreakAction({}, { type: 'snooze', minutes: 10 }, at('09:14'));
    expect(times(s, `${MONDAY}T09:14:00Z`, 2, state)).toEqual(['2026-03-02T09:24Z', '2026-03-02T09:30Z']);
  });

  it('drops a snooze that would end in lunch or after work', () => {
    const s = makeSettings({ lunch: { start: '12:30', end: '13:30' } });
    const intoLunch = applyBreakAction({}, { type: 'snooze', minutes: 10 }, at('12:25'));
    expect(times(s, `${MONDAY}T12:25:00Z`, 1, intoLunch)).toEqual(['2026-03-02T13:55Z']);
    const pastEnd = applyBreakAction({}, { type: 'snooze', minutes: 5 }, at('16:55'));
    expect(times(s, `${MONDAY}T16:55:00Z`, 1, pastEnd)).toEqual(['2026-03-03T09:25Z']);
  });

  it('ignores a snooze that has already ended', () => {
    const state = applyBreakAction({}, { type: 'snooze', minutes: 5 }, at('09:25'));
    expect(times(makeSettings(), `${MONDAY}T09:40:00Z`, 1, state)).toEqual(['2026-03-02T09:55Z']);
  });

  it('skips only the next reminder', () => {
    const state = applyBreakAction({}, { type: 'skip' }, at('09:26'));
    expect(times(makeSettings(), `${MONDAY}T09:26:00Z`, 2, state)).toEqual([
      '2026-03-02T10:25Z',
      '2026-03-02T10:55Z',
    ]);
    expect(times(makeSettings(), `${MONDAY}T10:00:00Z`, 1, state)).toEqual(['2026-03-02T10:25Z']);
  });

  it('pauses for the rest of today and resumes on the next work day', () => {
    const paused = applyBreakAction({}, { type: 'pause' }, at('11:00'));
    expect(times(makeSettings(), `${MONDAY}T11:00:00Z`, 1, paused)).toEqual(['2026-03-03T09:25Z']);
    const resumed = applyBreakAction(paused, { type: 'resume' }, at('11:10'));
    expect(times(makeSettings(), `${MONDAY}T11:10:00Z`, 1, resumed)).toEqual(['2026-03-02T11:25Z']);
  });

  it('keeps the stand/sit rhythm of the day when one is skipped', () => {
    const s = makeSettings({ mode: 'hourly', standingDesk: true });
    const state = applyBreakAction({}, { type: 'skip' }, at('09:00'));
    expect(nextReminders(s, at('09:00'), 2, state).map((r) => r.kind)).toEqual(['sit', 'stand']);
  });
});
