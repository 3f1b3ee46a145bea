import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type PlannedSessionLike,
  planToday,
  streak,
  todaysPlan,
  type WeeklyPlan,
  weeklyPlanSchema,
} from './plan.js';

const ID = (n: number) => `7d1b2c3e-4f50-4a6b-8c7d-${String(n).padStart(12, '0')}`;
// 2026-03-16 is a Monday.
const plan = (over: Partial<WeeklyPlan> = {}): WeeklyPlan => ({
  timeZone: 'Europe/London',
  entries: [
    { id: ID(1), routineId: 'morning-5', days: [1, 2, 3, 4, 5, 6, 7], time: '07:30' },
    { id: ID(2), routineId: 'strength-a', days: [2], time: '18:00' },
  ],
  walking: null,
  ...over,
});
let n = 0;
const played = (routineId: string, localDate: string, time = '08:00'): PlannedSessionLike => ({
  id: ID(100 + ++n),
  routineId,
  localDate,
  startedAt: `${localDate}T${time}:00Z`,
});
const issuesOf = (input: unknown) => {
  const r = weeklyPlanSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('weekly plan schema', () => {
  it('accepts a plan with walking', () => {
    expect(issuesOf(plan({ walking: { startDate: '2026-03-16', days: [1, 3, 5], time: '12:30' } }))).toEqual(
      [],
    );
  });

  it.each([
    [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
    [
      { entries: [{ id: ID(1), routineId: 'no-such-routine', days: [1], time: '07:30' }] },
      'entries.0.routineId',
    ],
    [{ entries: [{ id: ID(1), routineId: 'morning-5', days: [0], time: '07:30' }] }, 'entries.0.days.0'],
    [{ entries: [{ id: ID(1), routineId: 'morning-5', days: [1, 1], time: '07:30' }] }, 'entries.0.days'],
    [{ entries: [{ id: ID(1), routineId: 'morning-5', days: [1], time: '24:00' }] }, 'entries.0.time'],
    [{ entries: [{ id: 'x', routineId: 'morning-5', days: [1], time: '07:30' }] }, 'entries.0.id'],
    [{ walking: { startDate: '2026-02-30', days: [1], time: '12:00' } }, 'walking.startDate'],
  ])('rejects %j', (over, path) => {
    expect(issuesOf(plan(over as Partial<WeeklyPlan>))).toContain(path);
  });

  it('rejects unknown fields and two entries with one id', () => {
    expect(issuesOf({ ...plan(), colour: 'red' })).toEqual(['']);
    const twice = plan().entries[0] as WeeklyPlan['entries'][number];
    expect(issuesOf(plan({ entries: [twice, twice] }))).toEqual(['entries']);
  });

  it('accepts a custom routine reference but not walking as an entry', () => {
    const custom = {
      id: ID(3),
      routineId: 'custom:0b6f8a2c-1d2e-4f3a-8b4c-5d6e7f8a9b0c',
      days: [1],
      time: '09:00',
    };
    expect(issuesOf(plan({ entries: [custom] }))).toEqual([]);
    expect(issuesOf(plan({ entries: [{ ...custom, routineId: 'walking' }] }))).toEqual([
      'entries.0.routineId',
    ]);
  });
});

describe("today's plan", () => {
  it('lists what is planned for the weekday in time order, with walking minutes', () => {
    const p = plan({ walking: { startDate: '2026-03-16', days: [2], time: '12:30' } });
    const items = todaysPlan(p, '2026-03-17', []);
    expect(items.map((i) => [i.routineId, i.time, i.done])).toEqual([
      ['morning-5', '07:30', false],
      ['walking', '12:30', false],
      ['strength-a', '18:00', false],
    ]);
    expect(items[1]?.minutes).toBeGreaterThan(0);
  });

  it('marks an item done by a session of its routine that day, and only that day', () => {
    const s = played('morning-5', '2026-03-17');
    expect(todaysPlan(plan(), '2026-03-17', [s])[0]).toMatchObject({ done: true, sessionId: s.id });
    expect(todaysPlan(plan(), '2026-03-18', [s])[0]?.done).toBe(false);
  });

  it('needs one session per planned item when a routine is planned twice a day', () => {
    const twice = plan({
      entries: [
        { id: ID(1), routineId: 'desk-stand-up', days: [1], time: '10:00' },
        { id: ID(2), routineId: 'desk-stand-up', days: [1], time: '15:00' },
      ],
    });
    const items = todaysPlan(twice, '2026-03-16', [played('desk-stand-up', '2026-03-16')]);
    expect(items.map((i) => i.done)).toEqual([true, false]);
  });

  it('starts walking on its start date', () => {
    const p = plan({ entries: [], walking: { startDate: '2026-03-18', days: [1, 2, 3], time: '12:30' } });
    expect(todaysPlan(p, '2026-03-17', [])).toEqual([]);
    expect(todaysPlan(p, '2026-03-18', [])).toHaveLength(1);
  });

  it("finds today's date in the plan's time zone", () => {
    expect(planToday({ timeZone: 'Pacific/Auckland' }, Date.parse('2026-03-16T12:00:00Z'))).toBe(
      '2026-03-17',
    );
    expect(planToday({ timeZone: 'America/New_York' }, Date.parse('2026-03-16T02:00:00Z'))).toBe(
      '2026-03-15',
    );
  });
});

describe('streak', () => {
  const daily = plan({
    entries: [{ id: ID(1), routineId: 'morning-5', days: [1, 2, 3, 4, 5, 6, 7], time: '07:30' }],
  });
  const days = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) =>
      played('morning-5', `2026-03-${String(from + i).padStart(2, '0')}`),
    );

  it('counts planned days in a row with the plan met', () => {
    expect(streak(daily, '2026-03-20', days(16, 20))).toMatchObject({ days: 5, todayMet: true });
  });

  it('does not break because today is not done yet', () => {
    expect(streak(daily, '2026-03-20', days(16, 19))).toMatchObject({ days: 4, todayMet: false });
  });

  it('starts again quietly after a missed day', () => {
    const sessions = [...days(10, 14), ...days(16, 19)];
    expect(streak(daily, '2026-03-19', sessions).days).toBe(4);
  });

  it('skips days with nothing planned', () => {
    const tuesdays = plan({ entries: [{ id: ID(2), routineId: 'strength-a', days: [2], time: '18:00' }] });
    const sessions = ['2026-03-03', '2026-03-10', '2026-03-17'].map((d) => played('strength-a', d));
    expect(streak(tuesdays, '2026-03-20', sessions).days).toBe(3);
  });

  it('needs everything planned that day, not just one item', () => {
    const sessions = [played('morning-5', '2026-03-17')];
    expect(streak(plan(), '2026-03-18', sessions).days).toBe(0);
  });

  it('counts the distinct days moved since Monday', () => {
    const sessions = [
      played('morning-5', '2026-03-15'),
      played('morning-5', '2026-03-16'),
      played('desk-stand-up', '2026-03-16', '10:00'),
      played('strength-a', '2026-03-18'),
    ];
    expect(streak(daily, '2026-03-19', sessions).daysMovedThisWeek).toBe(2);
  });
});

describe('streak properties', () => {
  const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-02-${String(d).padStart(2, '0')}`);
  const routine = fc.constantFrom('morning-5', 'strength-a', 'desk-stand-up');
  const sessions = fc.array(fc.tuple(routine, day), { maxLength: 40 });

  it('never drops when one more session is played, and never exceeds the planned days looked at', () => {
    fc.assert(
      fc.property(sessions, routine, day, (list, extraRoutine, extraDay) => {
        const played_ = list.map(([r, d]) => played(r, d));
        const before = streak(plan(), '2026-02-28', played_);
        const after = streak(plan(), '2026-02-28', [...played_, played(extraRoutine, extraDay)]);
        expect(after.days).toBeGreaterThanOrEqual(before.days);
        expect(after.daysMovedThisWeek).toBeGreaterThanOrEqual(before.daysMovedThisWeek);
        expect(before.days).toBeLessThanOrEqual(28);
      }),
    );
  });
});
