import { describe, expect, it } from 'vitest';
import { breakSettingsSchema, defaultBreakSettings } from './schema.js';
import { applyBreakAction } from './state.js';
import { breakActionSchema, breakStateSchema } from './state-schema.js';

const valid = {
  enabled: true,
  timeZone: 'America/New_York',
  workDays: [1, 2, 3, 4, 5],
  start: '08:30',
  end: '16:30',
  mode: 'custom',
  intervalMinutes: 40,
  lunch: { start: '12:00', end: '12:45' },
  standingDesk: true,
};
const messageFor = (input: unknown) => breakSettingsSchema.safeParse(input).error?.issues[0]?.message;

describe('break settings schema', () => {
  it('accepts a full set of settings and the defaults', () => {
    expect(breakSettingsSchema.parse(valid)).toEqual(valid);
    expect(breakSettingsSchema.parse(defaultBreakSettings())).toMatchObject({ timeZone: 'Europe/London' });
    expect(defaultBreakSettings('Asia/Kolkata')).toMatchObject({
      timeZone: 'Asia/Kolkata',
      workDays: [1, 2, 3, 4, 5],
      start: '09:00',
      end: '17:00',
      mode: 'pomodoro',
    });
  });

  it('refuses defaults for an unknown time zone', () => {
    expect(() => defaultBreakSettings('Nowhere/Special')).toThrow(/Unknown time zone/);
  });

  it('rejects an unknown time zone', () => {
    expect(messageFor({ ...valid, timeZone: 'Europe/Atlantis' })).toMatch(/Unknown time zone/);
  });

  it('rejects work days outside 1–7 or repeated', () => {
    expect(breakSettingsSchema.safeParse({ ...valid, workDays: [0, 1] }).success).toBe(false);
    expect(breakSettingsSchema.safeParse({ ...valid, workDays: [8] }).success).toBe(false);
    expect(messageFor({ ...valid, workDays: [1, 1] })).toBe('Each work day may appear once.');
    expect(messageFor({ ...valid, workDays: [] })).toBe('Choose at least one work day.');
  });

  it('rejects times that are not HH:MM on a 24-hour clock', () => {
    expect(messageFor({ ...valid, start: '9:00' })).toMatch(/like 09:00/);
    expect(messageFor({ ...valid, end: '24:00' })).toMatch(/like 09:00/);
  });

  it('rejects an end that is not after the start (no overnight shifts)', () => {
    expect(messageFor({ ...valid, start: '22:00', end: '06:00' })).toBe(
      'End must be after start on the same day.',
    );
    expect(messageFor({ ...valid, end: '08:30' })).toBe('End must be after start on the same day.');
  });

  it('needs an interval of 10–240 minutes for custom mode', () => {
    const { intervalMinutes: _i, ...noInterval } = valid;
    expect(messageFor(noInterval)).toBe('Custom mode needs an interval.');
    expect(messageFor({ ...valid, intervalMinutes: 5 })).toMatch(/at least 10/);
    expect(messageFor({ ...valid, intervalMinutes: 241 })).toMatch(/at most 240/);
    expect(breakSettingsSchema.safeParse({ ...noInterval, mode: 'hourly' }).success).toBe(true);
  });

  it('rejects a lunch outside work hours or ending before it starts', () => {
    expect(messageFor({ ...valid, lunch: { start: '08:00', end: '09:00' } })).toBe(
      'Lunch must be inside your work hours.',
    );
    expect(messageFor({ ...valid, lunch: { start: '16:00', end: '16:30' } })).toBe(
      'Lunch must be inside your work hours.',
    );
    expect(messageFor({ ...valid, lunch: { start: '13:00', end: '12:00' } })).toBe(
      'Lunch must end after it starts.',
    );
  });

  it('rejects unknown fields and modes', () => {
    expect(breakSettingsSchema.safeParse({ ...valid, volume: 11 }).success).toBe(false);
    expect(messageFor({ ...valid, mode: '90-30' })).toMatch(/pomodoro, 50-10, hourly or custom/);
  });
});

describe('break state and actions', () => {
  const now = Date.parse('2026-03-02T10:00:00Z');

  it('records a snooze of 5 or 10 minutes only', () => {
    expect(applyBreakAction({}, { type: 'snooze', minutes: 5 }, now)).toEqual({
      snoozedUntil: '2026-03-02T10:05:00.000Z',
    });
    expect(breakActionSchema.safeParse({ type: 'snooze', minutes: 15 }).success).toBe(false);
  });

  it('records skip and pause as the instant they happened, and resume lifts the pause', () => {
    const paused = applyBreakAction({}, { type: 'pause' }, now);
    expect(paused).toEqual({ pausedAt: '2026-03-02T10:00:00.000Z' });
    expect(applyBreakAction(paused, { type: 'skip' }, now)).toEqual({
      pausedAt: '2026-03-02T10:00:00.000Z',
      skipNextAfter: '2026-03-02T10:00:00.000Z',
    });
    expect(applyBreakAction(paused, { type: 'resume' }, now)).toEqual({});
    expect(breakStateSchema.parse(paused)).toEqual(paused);
  });
});
