import { describe, expect, it } from 'vitest';
import type { WeeklyPlan } from '../exercises/plan.js';
import { type ReminderInputs, upcomingReminders } from './next.js';
import { defaultReminderSettings, type ReminderSettings, reminderSettingsSchema } from './schema.js';

const PLAN_ENTRY = '6f0f4a8e-8c1b-4c8e-9a53-1d2a3b4c5d6e';

function inputs(settings: Partial<ReminderSettings>, over: Partial<ReminderInputs> = {}): ReminderInputs {
  return {
    settings: { ...defaultReminderSettings('Europe/London'), quietHours: null, ...settings },
    checkinDates: new Set(),
    plan: null,
    sessions: [],
    routineName: (id) => (id === 'morning-mobility' ? 'Morning mobility' : undefined),
    lastCompleted: { peg: '2026-03-01', mrs: '2026-03-01' },
    optedIn: false,
    forecast: null,
    nextLesson: null,
    ...over,
  };
}
const checkinAt = (times: string[], days = [1, 2, 3, 4, 5, 6, 7]) => ({
  checkin: { enabled: true, times, days },
});

/** The wall-clock time of an instant in a zone, straight from Intl (independent of the code under test). */
const wall = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

describe('check-in reminders', () => {
  it('come at each chosen time on the chosen days, in time order, written in her offset', () => {
    // 2026-06-01 is a Monday; Monday, Wednesday only.
    const items = upcomingReminders(
      inputs(checkinAt(['08:00', '20:30'], [1, 3])),
      Date.parse('2026-06-01T06:00:00Z'),
      4,
    );
    expect(items.map((i) => i.at)).toEqual([
      '2026-06-01T08:00:00.000+01:00',
      '2026-06-01T20:30:00.000+01:00',
      '2026-06-03T08:00:00.000+01:00',
      '2026-06-03T20:30:00.000+01:00',
    ]);
    expect(items[0]).toMatchObject({ kind: 'checkin', url: '/', key: 'checkin:2026-06-01:08:00' });
  });

  it('are dropped for a day once she has checked in that day, later ones included', () => {
    const items = upcomingReminders(
      inputs(checkinAt(['08:00', '20:30']), { checkinDates: new Set(['2026-06-01']) }),
      Date.parse('2026-06-01T10:00:00Z'),
      2,
    );
    expect(items.map((i) => i.at)).toEqual([
      '2026-06-02T08:00:00.000+01:00',
      '2026-06-02T20:30:00.000+01:00',
    ]);
  });

  it.each([
    ['Europe/London', '2026-03-27T12:00:00Z', '2026-10-23T12:00:00Z'],
    ['America/New_York', '2026-03-06T12:00:00Z', '2026-10-30T12:00:00Z'],
  ])('stay at 20:30 local across both daylight-saving changes in %s', (timeZone, spring, autumn) => {
    for (const from of [spring, autumn]) {
      const items = upcomingReminders(inputs({ timeZone, ...checkinAt(['20:30']) }), Date.parse(from), 5);
      expect(items).toHaveLength(5);
      for (const item of items) expect(wall(item.at, timeZone)).toMatch(/, 20:30$/);
      // Five consecutive days, none skipped or doubled by the change.
      expect(new Set(items.map((i) => wall(i.at, timeZone).slice(0, 10))).size).toBe(5);
    }
  });

  it('a time the clock skips comes when the clock resumes (London, 01:30 on 29 March 2026)', () => {
    const [item] = upcomingReminders(inputs(checkinAt(['01:30'])), Date.parse('2026-03-28T12:00:00Z'), 1);
    expect(item?.at).toBe('2026-03-29T02:30:00.000+01:00');
  });
});

describe('quiet hours', () => {
  const quietHours = { start: '22:00', end: '07:00' };
  it('move a reminder inside them to their end, across midnight', () => {
    const items = upcomingReminders(
      inputs({ quietHours, ...checkinAt(['23:15', '06:00']) }),
      Date.parse('2026-06-01T00:00:00Z'),
      3,
    );
    // Sunday's 23:15 and Monday's 06:00 both move to 07:00 Monday and come as one; the same on Tuesday.
    expect(items.map((i) => [i.at, i.key])).toEqual([
      ['2026-06-01T07:00:00.000+01:00', 'checkin:2026-05-31:23:15'],
      ['2026-06-02T07:00:00.000+01:00', 'checkin:2026-06-01:23:15'],
      ['2026-06-03T07:00:00.000+01:00', 'checkin:2026-06-02:23:15'],
    ]);
  });

  it('within a day (13:00–14:00) move 13:30 to 14:00, where it joins the 14:00 one', () => {
    const items = upcomingReminders(
      inputs({ quietHours: { start: '13:00', end: '14:00' }, ...checkinAt(['13:30', '14:00']) }),
      Date.parse('2026-06-01T00:00:00Z'),
      2,
    );
    expect(items.map((i) => [i.at, i.key])).toEqual([
      ['2026-06-01T14:00:00.000+01:00', 'checkin:2026-06-01:13:30'],
      ['2026-06-02T14:00:00.000+01:00', 'checkin:2026-06-02:13:30'],
    ]);
  });
});

describe('routine reminders', () => {
  const plan: WeeklyPlan = {
    timeZone: 'Europe/London',
    entries: [{ id: PLAN_ENTRY, routineId: 'morning-mobility', days: [1, 2], time: '07:30' }],
    walking: null,
  };
  it('come minutesBefore each planned routine not yet played, and open it in the player', () => {
    const items = upcomingReminders(
      inputs(
        { routines: { enabled: true, minutesBefore: 15 } },
        {
          plan,
          sessions: [
            {
              id: 's1',
              routineId: 'morning-mobility',
              localDate: '2026-06-01',
              startedAt: '2026-06-01T06:50:00+01:00',
            },
          ],
        },
      ),
      Date.parse('2026-06-01T00:00:00Z'),
      2,
    );
    // Monday's is already played; Tuesday's, then next Monday's.
    expect(items.map((i) => i.at)).toEqual([
      '2026-06-02T07:15:00.000+01:00',
      '2026-06-08T07:15:00.000+01:00',
    ]);
    expect(items[0]).toMatchObject({
      kind: 'routine',
      title: 'Morning mobility at 07:30',
      url: '/move/play/morning-mobility',
      refId: PLAN_ENTRY,
    });
  });

  it('for a routine just after midnight, come the evening before', () => {
    const late = { ...plan, entries: [{ ...plan.entries[0], time: '00:10', days: [2] }] } as WeeklyPlan;
    const [item] = upcomingReminders(
      inputs({ routines: { enabled: true, minutesBefore: 20 } }, { plan: late }),
      Date.parse('2026-06-01T00:00:00Z'),
      1,
    );
    expect(item?.at).toBe('2026-06-01T23:50:00.000+01:00');
  });
});

describe('questionnaire reminders', () => {
  const on = { questionnaires: { enabled: true } };
  it('come when each interval has passed, at her first check-in time or 19:00', () => {
    const items = upcomingReminders(
      inputs(on, { lastCompleted: { peg: '2026-06-01', mrs: '2026-05-10', rmdq: '2026-06-01' } }),
      Date.parse('2026-06-01T08:00:00Z'),
      5,
    );
    // PEG weekly (8 June), MRS and RMDQ monthly (9 June, 1 July); mood screens not chosen.
    expect(items.map((i) => [i.refId, i.at])).toEqual([
      ['peg', '2026-06-08T19:00:00.000+01:00'],
      ['mrs', '2026-06-09T19:00:00.000+01:00'],
      ['rmdq', '2026-07-01T19:00:00.000+01:00'],
    ]);
    const withCheckin = upcomingReminders(
      inputs(
        { ...on, ...checkinAt(['20:30', '08:15']) },
        { lastCompleted: { peg: '2026-06-01', mrs: '2026-05-10', rmdq: '2026-06-01' } },
      ),
      Date.parse('2026-06-01T08:00:00Z'),
      30,
    ).filter((i) => i.kind === 'questionnaire');
    expect(withCheckin.map((i) => i.at)).toEqual([
      '2026-06-08T08:15:00.000+01:00',
      '2026-06-09T08:15:00.000+01:00',
    ]);
  });

  it('an overdue one comes once: at the next chance, keyed by the last answer so a sender sends it once', () => {
    const due = inputs(on, { lastCompleted: { peg: '2026-05-01', mrs: '2026-05-20' } });
    const morning = upcomingReminders(due, Date.parse('2026-06-01T08:00:00Z'), 1);
    expect(morning[0]).toMatchObject({ refId: 'peg', at: '2026-06-01T19:00:00.000+01:00' });
    const evening = upcomingReminders(due, Date.parse('2026-06-01T20:00:00Z'), 1);
    expect(evening[0]).toMatchObject({ refId: 'peg', at: '2026-06-02T19:00:00.000+01:00' });
    expect(evening[0]?.key).toBe(morning[0]?.key);
  });

  it('the mood screens only when she opted in', () => {
    const items = upcomingReminders(
      inputs(on, {
        lastCompleted: { peg: '2026-06-01', mrs: '2026-06-01', rmdq: '2026-06-01' },
        optedIn: ['phq2'],
      }),
      Date.parse('2026-06-01T08:00:00Z'),
      5,
    );
    expect(items.map((i) => i.refId)).toEqual(['phq2', 'peg', 'mrs', 'rmdq']);
  });
});

describe('period and lesson reminders', () => {
  it('the period comes daysBefore the forecast window, only when there is a forecast', () => {
    const forecast = { from: '2026-06-20', to: '2026-06-24', basis: '', confidence: 'low' as const };
    const settings = { period: { enabled: true, daysBefore: 2 } };
    const [item] = upcomingReminders(inputs(settings, { forecast }), Date.parse('2026-06-01T08:00:00Z'), 5);
    expect(item).toMatchObject({
      kind: 'period',
      at: '2026-06-18T19:00:00.000+01:00',
      title: 'Your next period is likely to start between 20 June and 24 June.',
      url: '/cycle',
    });
    expect(upcomingReminders(inputs(settings), Date.parse('2026-06-01T08:00:00Z'), 5)).toEqual([]);
  });

  it('the lesson comes daily at its time while one is unread', () => {
    const items = upcomingReminders(
      inputs(
        { lesson: { enabled: true, time: '12:30' } },
        { nextLesson: { id: 'sleep-and-pain', title: 'Sleep' } },
      ),
      Date.parse('2026-06-01T12:00:00Z'),
      2,
    );
    expect(items.map((i) => i.at)).toEqual([
      '2026-06-02T12:30:00.000+01:00',
      '2026-06-03T12:30:00.000+01:00',
    ]);
    expect(items[0]).toMatchObject({ url: '/learn/sleep-and-pain', title: "Today's lesson: Sleep" });
    expect(upcomingReminders(inputs({ lesson: { enabled: true, time: '12:30' } }), 0, 5)).toEqual([]);
  });
});

describe('settings', () => {
  it('are all off by default, and so remind of nothing', () => {
    const settings = defaultReminderSettings('Europe/London');
    expect(reminderSettingsSchema.parse(settings)).toEqual(settings);
    expect(
      upcomingReminders(
        {
          ...inputs({}),
          settings,
          forecast: { from: '2026-06-20', to: '2026-06-24', basis: '', confidence: 'low' },
        },
        Date.parse('2026-06-01T08:00:00Z'),
        50,
      ),
    ).toEqual([]);
  });

  it.each([
    [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ checkin: { enabled: true, times: ['25:00'], days: [1] } }, 'checkin.times.0'],
    [{ checkin: { enabled: true, times: ['08:00', '08:00'], days: [1] } }, 'checkin.times'],
    [{ checkin: { enabled: true, times: ['08:00', '12:00', '16:00', '20:00'], days: [1] } }, 'checkin.times'],
    [{ checkin: { enabled: true, times: [], days: [1] } }, 'checkin'],
    [{ checkin: { enabled: true, times: ['08:00'], days: [8] } }, 'checkin.days.0'],
    [{ quietHours: { start: '22:00', end: '22:00' } }, 'quietHours'],
    [{ routines: { enabled: true, minutesBefore: 121 } }, 'routines.minutesBefore'],
    [{ period: { enabled: true, daysBefore: 8 } }, 'period.daysBefore'],
    [{ lesson: { enabled: true, time: '12:30', extra: 1 } }, 'lesson'],
    [{ snooze: true }, ''],
  ])('refuse %j (at %s)', (over, path) => {
    const result = reminderSettingsSchema.safeParse({ ...defaultReminderSettings('Europe/London'), ...over });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
