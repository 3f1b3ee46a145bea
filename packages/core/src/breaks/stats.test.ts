import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleBreakSettings } from './example.js';
import { type BreakLogPoint, breakStats, estimatesFrom, localDatesBetween } from './stats.js';

const makeSettings = exampleBreakSettings;
const ms = (iso: string) => Date.parse(iso);
const taken = (...times: string[]): BreakLogPoint[] => times.map((t) => ({ at: t, action: 'taken' }));

// Monday 2 March 2026; London is on GMT, so local time equals UTC.
const MON = '2026-03-02';
const dayRange = (date: string) => [ms(`${date}T00:00:00Z`), ms(`${date}T00:00:00Z`) + 86_400_000] as const;
const LATER = ms('2026-04-01T00:00:00Z');

describe('break stats: longest sitting stretch', () => {
  it('is a whole work stretch on a day without breaks (lunch splits the day)', () => {
    const [from, to] = dayRange(MON);
    const stats = breakStats(makeSettings(), [], from, to, LATER);
    expect(stats.days).toEqual([
      {
        date: MON,
        taken: 0,
        snoozed: 0,
        skipped: 0,
        longestSittingMinutes: 210,
        standMinutes: 0,
        sitMinutes: 420,
      },
    ]);
    expect(stats.longestSittingMinutes).toBe(210);
  });

  it('is cut by the breaks taken, not by snoozed or skipped ones', () => {
    const [from, to] = dayRange(MON);
    const entries: BreakLogPoint[] = [
      ...taken(`${MON}T10:00:00Z`, `${MON}T11:00:00Z`, `${MON}T14:00:00Z`, `${MON}T15:30:00Z`),
      { at: `${MON}T10:30:00Z`, action: 'snoozed' },
      { at: `${MON}T16:00:00Z`, action: 'skipped' },
    ];
    const [day] = breakStats(makeSettings(), entries, from, to, LATER).days;
    // Morning: 60, 60, 90 (11:00 → 12:30); afternoon: 30, 90, 90.
    expect(day).toMatchObject({ taken: 4, snoozed: 1, skipped: 1, longestSittingMinutes: 90 });
  });

  it('counts only the work time that has passed today and nothing for days ahead', () => {
    const [from] = dayRange(MON);
    const stats = breakStats(makeSettings(), [], from, from + 2 * 86_400_000, ms(`${MON}T10:40:00Z`));
    expect(stats.days.map((d) => [d.date, d.longestSittingMinutes, d.sitMinutes])).toEqual([
      [MON, 100, 100],
      ['2026-03-03', null, 0],
    ]);
  });

  it('gives a weekend day no sitting stretch but still counts its breaks', () => {
    const [from, to] = dayRange('2026-03-07');
    const [day] = breakStats(makeSettings(), taken('2026-03-07T11:00:00Z'), from, to, LATER).days;
    expect(day).toMatchObject({ date: '2026-03-07', taken: 1, longestSittingMinutes: null, sitMinutes: 0 });
  });

  it('groups breaks by the local day in the user time zone', () => {
    const s = makeSettings({ timeZone: 'America/New_York' });
    // 01:30 UTC on Tuesday is 20:30 on Monday in New York (EST, UTC−5).
    const from = ms('2026-03-02T05:00:00Z');
    const stats = breakStats(s, taken('2026-03-03T01:30:00Z'), from, from + 2 * 86_400_000, LATER);
    expect(stats.days.map((d) => [d.date, d.taken])).toEqual([
      ['2026-03-02', 1],
      ['2026-03-03', 0],
    ]);
  });

  it('keeps a 09:00–17:00 day 480 minutes long across the spring clock change in London', () => {
    // Sunday 29 March 2026 is the change; work that Sunday, no lunch.
    const s = makeSettings({ workDays: [7], lunch: undefined });
    const from = ms('2026-03-29T00:00:00Z');
    const [day] = breakStats(s, [], from, from + 23 * 3_600_000, LATER).days;
    expect(day).toMatchObject({ date: '2026-03-29', sitMinutes: 480, longestSittingMinutes: 480 });
  });
});

describe('break stats: standing desk estimate', () => {
  // Pomodoro with a standing desk: 09:25 stand, 09:55 sit, 10:25 stand, 10:55 sit, … 12:25 stand.
  const desk = makeSettings({ standingDesk: true });

  it('counts the time from a taken stand to the next taken sit', () => {
    const [from, to] = dayRange(MON);
    const [day] = breakStats(desk, taken(`${MON}T09:26:00Z`, `${MON}T09:56:00Z`), from, to, LATER).days;
    expect(day).toMatchObject({ standMinutes: 30, sitMinutes: 390 });
  });

  it('ends standing at lunch when no sit reminder was taken', () => {
    const [from, to] = dayRange(MON);
    const [day] = breakStats(desk, taken(`${MON}T11:30:00Z`), from, to, LATER).days;
    expect(day).toMatchObject({ standMinutes: 60, sitMinutes: 360 });
  });

  it('treats a snoozed stand reminder taken later as standing', () => {
    // 10:25 stand snoozed for 10 minutes, taken at 10:35; the 10:55 sit is taken.
    const [from, to] = dayRange(MON);
    const [day] = breakStats(desk, taken(`${MON}T10:35:00Z`, `${MON}T10:56:00Z`), from, to, LATER).days;
    expect(day?.standMinutes).toBe(21);
  });

  it('counts no standing without a standing desk', () => {
    const [from, to] = dayRange(MON);
    const [day] = breakStats(makeSettings(), taken(`${MON}T09:26:00Z`), from, to, LATER).days;
    expect(day).toMatchObject({ standMinutes: 0, sitMinutes: 420 });
  });

  it('never counts more standing and sitting than the work time that passed', () => {
    const [from, to] = dayRange(MON);
    const minute = fc.integer({ min: 8 * 60, max: 18 * 60 });
    fc.assert(
      fc.property(fc.array(minute, { maxLength: 20 }), minute, (minutes, nowMinute) => {
        const entries = taken(...minutes.map((m) => new Date(from + m * 60_000).toISOString()));
        const [day] = breakStats(desk, entries, from, to, from + nowMinute * 60_000).days;
        const worked = [
          [9 * 60, 12 * 60 + 30],
          [13 * 60 + 30, 17 * 60],
        ].reduce((sum, [a = 0, b = 0]) => sum + Math.max(0, Math.min(b, nowMinute) - a), 0);
        expect(day?.standMinutes).toBeGreaterThanOrEqual(0);
        expect((day?.standMinutes ?? 0) + (day?.sitMinutes ?? 0)).toBe(worked);
        expect(day?.longestSittingMinutes ?? 0).toBeLessThanOrEqual(210);
      }),
    );
  });
});

describe('break stats: when the estimates start', () => {
  const settings = makeSettings();
  const [monday] = dayRange(MON);
  const week = [monday, monday + 3 * 86_400_000] as const;

  it('count work time only from when reminders were turned on', () => {
    // Turned on Monday 11:00: Monday's morning stretch counts from then; Tuesday and Wednesday in full.
    const since = estimatesFrom(settings, ms(`${MON}T11:00:00Z`), null);
    expect(since).toBe(ms(`${MON}T11:00:00Z`));
    const stats = breakStats(settings, [], ...week, LATER, since);
    expect(stats.days.map((d) => [d.longestSittingMinutes, d.sitMinutes])).toEqual([
      [210, 90 + 210],
      [210, 420],
      [210, 420],
    ]);
  });

  it('start on the day of her first answered reminder when that is earlier (a restored backup)', () => {
    const since = estimatesFrom(settings, ms('2026-03-04T08:00:00Z'), ms('2026-03-03T15:00:00Z'));
    expect(since).toBe(ms('2026-03-03T00:00:00Z'));
    const stats = breakStats(settings, taken('2026-03-03T15:00:00Z'), ...week, LATER, since);
    expect(stats.days.map((d) => d.longestSittingMinutes)).toEqual([null, 210, 210]);
  });

  it('use the local day of the first answer in her time zone', () => {
    const ny = makeSettings({ timeZone: 'America/New_York' });
    // 02:00 UTC on Tuesday is 21:00 on Monday in New York (EST): Monday counts.
    expect(estimatesFrom(ny, null, ms('2026-03-03T02:00:00Z'))).toBe(ms('2026-03-02T05:00:00Z'));
  });

  it('are left out while reminders are off, or when nothing says when they were on', () => {
    expect(
      estimatesFrom(makeSettings({ enabled: false }), ms(`${MON}T08:00:00Z`), ms(`${MON}T10:00:00Z`)),
    ).toBe(null);
    expect(estimatesFrom(settings, null, null)).toBe(null);
    const stats = breakStats(settings, taken(`${MON}T10:00:00Z`), ...week, LATER, null);
    expect(stats).toMatchObject({ longestSittingMinutes: null, sitMinutes: 0, standMinutes: 0 });
    expect(stats.days[0]).toMatchObject({ taken: 1, longestSittingMinutes: null, sitMinutes: 0 });
  });
});

describe('local dates of a range', () => {
  it('lists each local day once, ending with the day of the last instant', () => {
    expect(localDatesBetween(ms('2026-03-02T00:00:00Z'), ms('2026-03-05T00:00:00Z'), 'UTC')).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
    ]);
  });
});
