import { describe, expect, it } from 'vitest';
import type { BreakSettings } from '../breaks/schema.js';
import type { WeeklyPlan } from '../exercises/plan.js';
import { defaultReminderSettings } from '../reminders/schema.js';
import {
  breakEvents,
  CALENDAR_FEED_WEEKS,
  calendarEvents,
  checkinEvents,
  planEvents,
  type RoutineInfo,
} from './events.js';

const breaks: BreakSettings = {
  enabled: true,
  timeZone: 'Europe/London',
  workDays: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '17:00',
  mode: 'hourly',
  lunch: { start: '12:30', end: '13:30' },
  standingDesk: false,
};
const iso = (ms: number) => new Date(ms).toISOString();
const routine = (id: string): RoutineInfo | undefined =>
  id === 'morning-5'
    ? { name: 'Morning mobility', minutes: 5, description: 'Five easy minutes.' }
    : undefined;
const ENTRY = '0b9c6f0e-6a55-4d43-9a55-0c7c1d7a1a11';

describe('calendar feed: break blocks', () => {
  it('makes one free event per work day, from start to end, listing the reminder times', () => {
    // Friday 27 March to Monday 30 March 2026: London moves to summer time on Sunday 29th.
    const events = breakEvents(breaks, '2026-03-27', 4);
    expect(events.map((e) => [e.uid, iso(e.start), iso(e.end)])).toEqual([
      ['breaks-2026-03-27', '2026-03-27T09:00:00.000Z', '2026-03-27T17:00:00.000Z'],
      ['breaks-2026-03-30', '2026-03-30T08:00:00.000Z', '2026-03-30T16:00:00.000Z'],
    ]);
    expect(events[0]).toMatchObject({
      free: true,
      timeZone: 'Europe/London',
      summary: 'Movement breaks, every 60 min',
    });
    expect(events[0]?.description).toContain('10:00, 11:00, 12:00, 14:30, 15:30, 16:30');
    expect(events[0]?.description).toContain('Lunch 12:30–13:30');
  });

  it('shows nothing while reminders are off', () => {
    expect(breakEvents({ ...breaks, enabled: false }, '2026-03-27', 7)).toEqual([]);
  });
});

describe('calendar feed: the weekly plan', () => {
  const plan: WeeklyPlan = {
    timeZone: 'America/New_York',
    entries: [{ id: ENTRY, routineId: 'morning-5', days: [1, 3], time: '07:30' }],
    walking: { startDate: '2026-03-09', days: [6], time: '10:00' },
  };

  it('places each routine at its local time on its weekdays, across the US clock change', () => {
    // Clocks in New York go forward on Sunday 8 March 2026.
    const events = planEvents(plan, '2026-03-02', 14, routine).filter((e) => e.kind === 'routine');
    expect(events.map((e) => iso(e.start))).toEqual([
      '2026-03-02T12:30:00.000Z',
      '2026-03-04T12:30:00.000Z',
      '2026-03-09T11:30:00.000Z',
      '2026-03-11T11:30:00.000Z',
    ]);
    expect(events[0]).toMatchObject({
      summary: 'Morning mobility',
      path: '/move/play/morning-5',
      free: false,
      uid: `routine-${ENTRY}-2026-03-02`,
    });
    expect((events[0]?.end ?? 0) - (events[0]?.start ?? 0)).toBe(5 * 60_000);
  });

  it('adds walks from the walking plan start, with the week minutes, and keeps the last week after eight', () => {
    const walks = planEvents(plan, '2026-03-02', 7 * 12, routine).filter((e) => e.kind === 'walking');
    expect(walks[0]).toMatchObject({ uid: 'walking-2026-03-14', summary: 'Walk, 10 min' });
    expect(walks[0]?.description).toContain('Week 1 of 8');
    expect(walks.at(-1)).toMatchObject({ summary: 'Walk, 30 min', description: 'Your regular walk.' });
  });

  it('names an unknown or custom routine plainly', () => {
    const custom = { ...plan, entries: [{ ...plan.entries[0], routineId: 'custom:x' }] } as WeeklyPlan;
    expect(planEvents(custom, '2026-03-02', 1, routine)[0]).toMatchObject({ summary: 'Your routine' });
  });
});

describe('calendar feed: everything together', () => {
  it('covers eight weeks from today in time order', () => {
    const now = Date.parse('2026-03-02T06:00:00Z');
    const plan: WeeklyPlan = {
      timeZone: 'Europe/London',
      entries: [{ id: ENTRY, routineId: 'morning-5', days: [1, 2, 3, 4, 5, 6, 7], time: '08:00' }],
      walking: null,
    };
    const events = calendarEvents({ breaks, plan }, now, routine);
    expect(events).toHaveLength(CALENDAR_FEED_WEEKS * 7 + CALENDAR_FEED_WEEKS * 5);
    expect(events.map((e) => e.start)).toEqual([...events.map((e) => e.start)].sort((a, b) => a - b));
    expect(iso(events[0]?.start ?? 0)).toBe('2026-03-02T08:00:00.000Z');
  });
});

describe('calendar feed: check-in reminders', () => {
  const reminders = {
    ...defaultReminderSettings('America/New_York'),
    checkin: { enabled: true, times: ['08:00', '20:30'], days: [6, 7] },
  };

  it('makes a free event with an alarm at each chosen time on chosen days only', () => {
    // Friday 6 to Monday 9 March 2026: New York moves to summer time on Sunday 8th.
    const events = checkinEvents(reminders, '2026-03-06', 4);
    expect(events.map((e) => iso(e.start))).toEqual([
      '2026-03-07T13:00:00.000Z',
      '2026-03-08T01:30:00.000Z',
      '2026-03-08T12:00:00.000Z',
      '2026-03-09T00:30:00.000Z',
    ]);
    expect(events.every((e) => e.free && e.alarmMinutesBefore === 0 && e.path === '/')).toBe(true);
  });

  it('makes none on a day she has already checked in', () => {
    const events = checkinEvents(reminders, '2026-03-06', 4, new Set(['2026-03-07']));
    expect(events.map((e) => iso(e.start))).toEqual(['2026-03-08T12:00:00.000Z', '2026-03-09T00:30:00.000Z']);
  });

  it('makes none while check-in reminders are off', () => {
    expect(
      checkinEvents({ ...reminders, checkin: { ...reminders.checkin, enabled: false } }, '2026-03-06', 7),
    ).toEqual([]);
  });
});
