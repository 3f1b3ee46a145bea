import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakModes } from './kinds.js';
import { dailyBreakPlan, nextReminders } from './schedule.js';
import { type BreakSettings, breakSettingsSchema } from './schema.js';
import { minutesOfDay, timeOfDay, zonedTimeToUtc } from './zoned-time.js';

const zones = [
  'Europe/London',
  'America/New_York',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Pacific/Auckland',
  'America/St_Johns',
] as const;
const DAY = 86_400_000;
// Property runs take a few seconds; leave room when the machine is busy.
const PROPERTY_TIMEOUT = 30_000;
const utc = (iso: string) => Date.parse(iso);
// 2026 clock changes of the zones above, as UTC instants.
const changes = [
  '2026-03-29T01:00Z',
  '2026-10-25T01:00Z',
  '2026-03-08T07:00Z',
  '2026-11-01T06:00Z',
  '2026-04-04T16:00Z',
  '2026-10-03T16:00Z',
  '2026-04-04T14:00Z',
  '2026-09-26T14:00Z',
  '2026-03-08T05:30Z',
  '2026-11-01T04:30Z',
].map(utc);

// An oracle independent of zoned-time.ts: the wall clock straight from Intl.
const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const formats = new Map<string, Intl.DateTimeFormat>();
const formatFor = (timeZone: string) =>
  formats.get(timeZone) ??
  formats
    .set(
      timeZone,
      new Intl.DateTimeFormat('en-GB', {
        timeZone,
        weekday: 'short',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
    )
    .get(timeZone);
function wall(at: number, timeZone: string) {
  const p = Object.fromEntries(
    (formatFor(timeZone) as Intl.DateTimeFormat).formatToParts(new Date(at)).map((x) => [x.type, x.value]),
  );
  const date = `${p.year}-${p.month}-${p.day}`;
  const minutes = Number(p.hour) * 60 + Number(p.minute);
  return { date, minutes, weekday: weekdays.indexOf(p.weekday ?? '') + 1, key: utc(date) / 60_000 + minutes };
}

const settingsArb = fc
  .record({
    timeZone: fc.constantFrom(...zones),
    workDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    // Half the starts fall before 04:00, where the clocks of these zones change.
    start: fc.oneof(fc.integer({ min: 0, max: 4 * 60 }), fc.integer({ min: 0, max: 23 * 60 })),
    length: fc.integer({ min: 20, max: 16 * 60 }),
    mode: fc.constantFrom(...breakModes),
    intervalMinutes: fc.integer({ min: 10, max: 240 }),
    lunch: fc.option(
      fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 15, max: 90 }) }),
    ),
    standingDesk: fc.boolean(),
  })
  .map(({ start, length, lunch, ...rest }): BreakSettings => {
    const end = Math.min(start + length, 24 * 60 - 1);
    const lunchStart = start + 1 + Math.floor((lunch?.at ?? 0) * (end - start - 3));
    const lunchEnd = Math.min(lunchStart + (lunch?.length ?? 0), end - 1);
    const withLunch = lunch !== null && lunchEnd > lunchStart;
    return breakSettingsSchema.parse({
      ...rest,
      enabled: true,
      start: timeOfDay(start),
      end: timeOfDay(end),
      ...(withLunch ? { lunch: { start: timeOfDay(lunchStart), end: timeOfDay(lunchEnd) } } : {}),
    });
  });
const fromArb = fc.oneof(
  fc.constantFrom(...changes).chain((t) => fc.integer({ min: t - 3 * DAY, max: t + 3 * DAY })),
  fc.integer({ min: utc('2026-01-01T00:00Z'), max: utc('2027-12-31T00:00Z') }),
);

describe('break schedule across time zones, DST and midnight (properties)', () => {
  it(
    'returns count reminders, strictly increasing, only at planned times in work hours on work days',
    () => {
      fc.assert(
        fc.property(settingsArb, fromArb, fc.integer({ min: 1, max: 30 }), (s, from, count) => {
          const plan = new Map(dailyBreakPlan(s).map((p) => [minutesOfDay(p.time), p.kind]));
          const reminders = nextReminders(s, from, count);
          expect(reminders).toHaveLength(plan.size === 0 ? 0 : count);
          let previous = from;
          for (const r of reminders) {
            const at = Date.parse(r.at);
            expect(at).toBeGreaterThan(previous);
            previous = at;
            const local = wall(at, s.timeZone);
            expect(s.workDays).toContain(local.weekday);
            expect(local.minutes).toBeGreaterThanOrEqual(minutesOfDay(s.start));
            expect(local.minutes).toBeLessThan(minutesOfDay(s.end));
            if (s.lunch) {
              const inLunch =
                local.minutes >= minutesOfDay(s.lunch.start) && local.minutes < minutesOfDay(s.lunch.end);
              expect(inLunch).toBe(false);
            }
            expect(plan.get(local.minutes)).toBe(r.kind);
          }
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'finds the same first reminder as a minute-by-minute walk of the local clock',
    () => {
      fc.assert(
        fc.property(settingsArb, fromArb, (s, from) => {
          const plan = new Set(dailyBreakPlan(s).map((p) => minutesOfDay(p.time)));
          fc.pre(plan.size > 0);
          let expected: number | undefined;
          for (let t = Math.floor(from / 60_000) * 60_000 + 60_000; t < from + 8 * DAY; t += 60_000) {
            const local = wall(t, s.timeZone);
            // A wall time the clock already showed an hour ago (DST fall-back) is not a new reminder.
            const repeated = wall(t - 3_600_000, s.timeZone).key >= local.key;
            if (s.workDays.includes(local.weekday) && plan.has(local.minutes) && !repeated) {
              expected = t;
              break;
            }
          }
          expect(nextReminders(s, from, 1)[0]?.at).toBe(
            expected === undefined ? undefined : new Date(expected).toISOString(),
          );
        }),
        { numRuns: 60 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'skipping leaves out exactly the first reminder; pausing clears the rest of the local day',
    () => {
      fc.assert(
        fc.property(settingsArb, fromArb, fc.integer({ min: 1, max: 10 }), (s, from, count) => {
          const now = new Date(from).toISOString();
          const skipped = nextReminders(s, from, count, { skipNextAfter: now });
          expect(skipped).toEqual(nextReminders(s, from, count + 1).slice(1));
          const paused = nextReminders(s, from, count, { pausedAt: now });
          expect(paused).toHaveLength(dailyBreakPlan(s).length === 0 ? 0 : count);
          const today = wall(from, s.timeZone).date;
          expect(paused.filter((r) => wall(Date.parse(r.at), s.timeZone).date === today)).toEqual([]);
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'keeps a snoozed reminder inside work hours and the list strictly increasing',
    () => {
      fc.assert(
        fc.property(settingsArb, fromArb, fc.constantFrom(5, 10), (s, from, minutes) => {
          const snoozedUntil = new Date(from + minutes * 60_000).toISOString();
          const reminders = nextReminders(s, from, 5, { snoozedUntil });
          const ats = reminders.map((r) => Date.parse(r.at));
          expect(ats).toEqual([...ats].sort((a, b) => a - b));
          expect(new Set(ats).size).toBe(ats.length);
          for (const at of ats) {
            const local = wall(at, s.timeZone);
            expect(s.workDays).toContain(local.weekday);
            expect(local.minutes).toBeLessThan(minutesOfDay(s.end));
          }
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('break schedule on DST change days', () => {
  const everyDay = (timeZone: string, over: Partial<BreakSettings> = {}): BreakSettings => ({
    enabled: true,
    timeZone,
    workDays: [1, 2, 3, 4, 5, 6, 7],
    start: '09:00',
    end: '17:00',
    mode: 'pomodoro',
    standingDesk: false,
    ...over,
  });
  const firstOn = (s: BreakSettings, date: string) =>
    nextReminders(s, zonedTimeToUtc(date, '00:00', s.timeZone), 1)[0]?.at;

  it.each([
    ['Europe/London', '2026-03-28', '2026-03-28T09:25:00.000Z'],
    ['Europe/London', '2026-03-29', '2026-03-29T08:25:00.000Z'],
    ['Europe/London', '2026-10-24', '2026-10-24T08:25:00.000Z'],
    ['Europe/London', '2026-10-25', '2026-10-25T09:25:00.000Z'],
    ['America/New_York', '2026-03-07', '2026-03-07T14:25:00.000Z'],
    ['America/New_York', '2026-03-08', '2026-03-08T13:25:00.000Z'],
    ['America/New_York', '2026-10-31', '2026-10-31T13:25:00.000Z'],
    ['America/New_York', '2026-11-01', '2026-11-01T14:25:00.000Z'],
  ])('in %s on %s a 09:00 start still gives 09:25 local', (zone, date, expected) => {
    expect(firstOn(everyDay(zone), date)).toBe(expected);
  });

  it('leaves out reminders the clock skips when springing forward', () => {
    const s = everyDay('Europe/London', {
      start: '00:00',
      end: '04:00',
      mode: 'custom',
      intervalMinutes: 30,
    });
    const ats = nextReminders(s, utc('2026-03-29T00:00Z'), 5).map((r) => r.at.slice(11, 16));
    // Local 00:30 GMT, then 02:00, 02:30, 03:00, 03:30 BST; 01:00 and 01:30 never happen.
    expect(ats).toEqual(['00:30', '01:00', '01:30', '02:00', '02:30']);
  });

  it('reminds once, at the first pass, for times the clock shows twice when falling back', () => {
    const s = everyDay('Europe/London', {
      start: '00:00',
      end: '04:00',
      mode: 'custom',
      intervalMinutes: 30,
    });
    const ats = nextReminders(s, utc('2026-10-24T23:00Z'), 7).map((r) => r.at.slice(11, 16));
    // 00:30, 01:00, 01:30 BST, then 02:00…03:30 GMT.
    expect(ats).toEqual(['23:30', '00:00', '00:30', '02:00', '02:30', '03:00', '03:30']);
  });
});
