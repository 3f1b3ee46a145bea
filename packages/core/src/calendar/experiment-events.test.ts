import { describe, expect, it } from 'vitest';
import type { ExperimentSwitchSource } from '../reminders/experiments.js';
import { defaultReminderSettings } from '../reminders/schema.js';
import { CALENDAR_FEED_WEEKS, calendarEvents } from './events.js';
import { experimentEvents } from './experiment-events.js';

const ID = '0b5a3c1e-4f2d-4e8a-9c7b-6d5e4f3a2b1c';
const experiment: ExperimentSwitchSource = {
  id: ID,
  title: 'Standing part of the day',
  intervention: 'Stand for part of your working day.',
  control: 'Sit as you usually do.',
  status: 'running',
  // Periods of 14 days from Friday 6 March 2026, and one far beyond the feed.
  schedule: [
    { start: '2026-03-06', end: '2026-03-19', condition: 'control' },
    { start: '2026-03-20', end: '2026-04-02', condition: 'intervention' },
    { start: '2026-04-03', end: '2026-04-16', condition: 'control' },
    { start: '2026-06-01', end: '2026-06-14', condition: 'intervention' },
  ],
};
const settings = { ...defaultReminderSettings('America/New_York'), experiments: { enabled: true } };
const iso = (ms: number) => new Date(ms).toISOString();
// Friday 6 March 2026, 07:00 in New York (before the 08:00 reminder); summer time starts on the 8th.
const now = Date.parse('2026-03-06T12:00:00Z');

describe('calendar feed: experiment reminders', () => {
  it('makes a free event with an alarm at 08:00 local on the first day of each period within the feed', () => {
    const events = experimentEvents(settings, [experiment], now, CALENDAR_FEED_WEEKS * 7, 'en');
    expect(events.map((e) => iso(e.start))).toEqual([
      '2026-03-06T13:00:00.000Z',
      '2026-03-20T12:00:00.000Z',
      '2026-04-03T12:00:00.000Z',
    ]);
    expect(events[0]).toMatchObject({
      uid: `experiment-${ID}-2026-03-06`,
      kind: 'experiment',
      summary: 'Experiment: Standing part of the day',
      description:
        'Your experiment “Standing part of the day” starts today. To begin: Sit as you usually do.',
      path: `/experiments/${ID}`,
      free: true,
      alarmMinutesBefore: 0,
    });
    // A period not begun yet does not say what comes.
    expect(events[1]?.description).toBe(
      'Your experiment “Standing part of the day” moves on to its next part today. Open it to see what to do.',
    );
  });

  it('is in her language, and joins the feed only while experiment reminders are on', () => {
    const [first] = experimentEvents(settings, [experiment], now, 7, 'de');
    expect(first?.summary).toBe('Experiment: Standing part of the day');
    expect(first?.description).toContain('beginnt heute');
    const feed = (reminders: typeof settings) =>
      calendarEvents({ reminders, experiments: [experiment] }, now, () => undefined).filter(
        (e) => e.kind === 'experiment',
      );
    expect(feed(settings)).toHaveLength(3);
    expect(feed({ ...settings, experiments: { enabled: false } })).toEqual([]);
    expect(experimentEvents(settings, [{ ...experiment, status: 'stopped' }], now, 56)).toEqual([]);
  });
});
