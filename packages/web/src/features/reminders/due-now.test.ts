import { defaultReminderSettings, type ReminderItem } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { anyOn, dueNow } from './due-now';

const settings = {
  ...defaultReminderSettings('Europe/London'),
  routines: { enabled: true, minutesBefore: 10 },
};
const now = Date.parse('2026-03-02T15:00:00Z');
const item = (kind: ReminderItem['kind'], at: string, key = `${kind}:${at}`): ReminderItem => ({
  at,
  kind,
  title: `${kind} at ${at}`,
  url: kind === 'routine' ? '/move/play/desk-back-release' : '/',
  key,
});

describe('what Today shows as due now without push', () => {
  it('lists a check-in whose time has passed once, however many times have passed, and not one still to come', () => {
    const items = [
      item('checkin', '2026-03-02T09:00:00Z'),
      item('checkin', '2026-03-02T13:00:00Z'),
      item('checkin', '2026-03-02T20:30:00Z'),
    ];
    expect(dueNow(items, settings, now, false).map((i) => i.key)).toEqual(['checkin:2026-03-02T09:00:00Z']);
  });

  it('drops the check-in once this device knows she has checked in today', () => {
    expect(dueNow([item('checkin', '2026-03-02T09:00:00Z')], settings, now, true)).toEqual([]);
  });

  it('lists a routine planned within the hour (or half an hour past), not one later or long past', () => {
    // Reminders come 10 minutes before the planned time.
    const items = [
      item('routine', '2026-03-02T14:10:00Z', 'past'), // planned 14:20, 40 min ago
      item('routine', '2026-03-02T14:25:00Z', 'just'), // planned 14:35, 25 min ago
      item('routine', '2026-03-02T15:45:00Z', 'soon'), // planned 15:55, in 55 min
      item('routine', '2026-03-02T16:05:00Z', 'later'), // planned 16:15, in 75 min
    ];
    expect(dueNow(items, settings, now, false).map((i) => i.key)).toEqual(['just', 'soon']);
  });

  it('leaves questionnaires, the lesson and experiments to their own cards on Today, and lists the period forecast on its day', () => {
    const items = [
      item('questionnaire', '2026-03-02T09:00:00Z'),
      item('experiment', '2026-03-02T08:00:00Z'),
      item('lesson', '2026-03-02T12:30:00Z'),
      item('period', '2026-03-02T09:00:00Z'),
    ];
    expect(dueNow(items, settings, now, false).map((i) => i.kind)).toEqual(['period']);
  });

  it('asks for nothing when only experiment reminders are on (Today shows the experiment itself)', () => {
    const off = defaultReminderSettings('Europe/London');
    expect(anyOn({ ...off, experiments: { enabled: true } })).toBe(false);
    expect(anyOn({ ...off, lesson: { enabled: true, time: '12:30' } })).toBe(true);
  });
});
