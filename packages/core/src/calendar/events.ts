import { cadenceOf, dailyBreakPlan } from '../breaks/schedule.js';
import type { BreakSettings } from '../breaks/schema.js';
import {
  addLocalDays,
  localTimeOf,
  minutesOfDay,
  resolveLocalTime,
  weekdayOf,
} from '../breaks/zoned-time.js';
import type { LocalDate } from '../date-schemas.js';
import type { WeeklyPlan } from '../exercises/plan.js';
import { walkingMinutesFor, walkingPlan } from '../exercises/walking-plan.js';
import type { Locale } from '../i18n/locales.js';
import type { ExperimentSwitchSource } from '../reminders/experiments.js';
import type { ReminderSettings } from '../reminders/schema.js';
import { experimentEvents } from './experiment-events.js';
import { calendarT } from './i18n/index.js';

const MINUTE = 60_000;
/** How far ahead the calendar feed reaches. */
export const CALENDAR_FEED_WEEKS = 8;

/** One event of the calendar feed, placed in a time zone. */
export interface CalendarEvent {
  /** Stable within one user's feed, so calendar apps update an event instead of duplicating it. */
  uid: string;
  kind: 'breaks' | 'routine' | 'walking' | 'checkin' | 'experiment';
  summary: string;
  description: string;
  start: number;
  end: number;
  timeZone: string;
  /** Where in the web app the event leads, e.g. `/move/play/morning-5`. */
  path: string;
  /** Shown as free time (break blocks must not make the whole work day look busy). */
  free: boolean;
  /** A calendar alarm (`VALARM`) this many minutes before the start: her reminders, for calendar people. */
  alarmMinutesBefore?: number;
}

/** What the feed needs of a routine: its name, length and a line about it. */
export interface RoutineInfo {
  name: string;
  minutes: number;
  description?: string;
}

const dates = (from: LocalDate, days: number) =>
  Array.from({ length: days }, (_, i) => addLocalDays(from, i));
const at = (date: LocalDate, minutes: number, timeZone: string) =>
  resolveLocalTime(date, minutes, timeZone).at;

/**
 * One "Movement breaks" event per work day from start to end of work, with the reminder times in
 * the description: a reminder every 25–60 minutes as its own event would flood a calendar.
 */
export function breakEvents(
  settings: BreakSettings,
  from: LocalDate,
  days: number,
  locale: Locale = 'en',
): CalendarEvent[] {
  if (!settings.enabled) return [];
  const t = calendarT(locale);
  const plan = dailyBreakPlan(settings);
  if (plan.length === 0) return [];
  const { every } = cadenceOf(settings);
  const description = [
    t('breakTimes', { times: plan.map((p) => p.time).join(', ') }),
    settings.lunch ? t('lunch', { start: settings.lunch.start, end: settings.lunch.end }) : '',
    settings.standingDesk ? t('alternate') : '',
    t('atEach'),
  ]
    .filter(Boolean)
    .join(' ');
  const start = minutesOfDay(settings.start);
  const end = minutesOfDay(settings.end);
  return dates(from, days)
    .filter((date) => settings.workDays.includes(weekdayOf(date)))
    .map((date) => ({
      uid: `breaks-${date}`,
      kind: 'breaks',
      summary: t('breaksSummary', { every }),
      description,
      start: at(date, start, settings.timeZone),
      end: at(date, end, settings.timeZone),
      timeZone: settings.timeZone,
      path: '/breaks',
      free: true,
    }));
}

/** The plan's routines and walks on each day of the range, at their local times. */
export function planEvents(
  plan: WeeklyPlan,
  from: LocalDate,
  days: number,
  routine: (id: string) => RoutineInfo | undefined,
  locale: Locale = 'en',
): CalendarEvent[] {
  const t = calendarT(locale);
  const events: CalendarEvent[] = [];
  for (const date of dates(from, days)) {
    const weekday = weekdayOf(date);
    for (const entry of plan.entries) {
      if (!entry.days.includes(weekday)) continue;
      const info = routine(entry.routineId);
      const start = at(date, minutesOfDay(entry.time), plan.timeZone);
      events.push({
        uid: `routine-${entry.id}-${date}`,
        kind: 'routine',
        summary: info?.name ?? t('yourRoutine'),
        description: `${info?.description ?? t('fromPlan')} ${t('startIt')}`,
        start,
        end: start + Math.max(5, info?.minutes ?? 10) * MINUTE,
        timeZone: plan.timeZone,
        path: `/move/play/${encodeURIComponent(entry.routineId)}`,
        free: false,
      });
    }
    const walking = plan.walking;
    if (walking?.days.includes(weekday) && date >= walking.startDate) {
      // After the eight weeks the last week's walk continues.
      const last = walkingPlan[walkingPlan.length - 1];
      const step = walkingMinutesFor(walking.startDate, date) ?? {
        week: null,
        minutes: last?.minutesPerDay ?? 30,
      };
      const note = step.week === null ? '' : ` ${walkingPlan[step.week - 1]?.note ?? ''}`;
      const start = at(date, minutesOfDay(walking.time), plan.timeZone);
      events.push({
        uid: `walking-${date}`,
        kind: 'walking',
        summary: t('walkSummary', { minutes: step.minutes }),
        description:
          step.week === null
            ? t('regularWalk')
            : `${t('walkWeek', { week: step.week, weeks: walkingPlan.length })}${note}`,
        start,
        end: start + step.minutes * MINUTE,
        timeZone: plan.timeZone,
        path: '/move',
        free: false,
      });
    }
  }
  return events;
}

/**
 * Her check-in reminders as short free events at each chosen time on each chosen day, with an alarm at
 * the time itself; none on a day in `checkedIn` (she has checked in: the feed drops that day's events the
 * next time her calendar app fetches it, which may be hours later).
 */
export function checkinEvents(
  settings: ReminderSettings,
  from: LocalDate,
  days: number,
  checkedIn: ReadonlySet<LocalDate> = new Set(),
  locale: Locale = 'en',
): CalendarEvent[] {
  const t = calendarT(locale);
  const { checkin, timeZone } = settings;
  if (!checkin.enabled) return [];
  return dates(from, days)
    .filter((date) => checkin.days.includes(weekdayOf(date)) && !checkedIn.has(date))
    .flatMap((date) =>
      checkin.times.map((time) => {
        const start = at(date, minutesOfDay(time), timeZone);
        return {
          uid: `checkin-${date}-${time.replace(':', '')}`,
          kind: 'checkin' as const,
          summary: t('checkinSummary'),
          description: t('checkinDescription'),
          start,
          end: start + 5 * MINUTE,
          timeZone,
          path: '/',
          free: true,
          alarmMinutesBefore: 0,
        };
      }),
    );
}

/**
 * Everything the calendar feed shows from today (in each part's own time zone) for
 * `CALENDAR_FEED_WEEKS` weeks, in time order: break blocks, planned routines and walks, her check-in
 * reminders and, with experiment reminders on, the first day of each experiment period; with routine
 * reminders on, each routine carries an alarm `minutesBefore` it.
 */
export function calendarEvents(
  input: {
    breaks?: BreakSettings | undefined;
    plan?: WeeklyPlan | undefined;
    reminders?: ReminderSettings | undefined;
    /** Local dates (in the reminders' zone) on which she has checked in: no check-in event then. */
    checkedIn?: ReadonlySet<LocalDate> | undefined;
    /** Her experiments (titles and conditions in her language), for the experiment reminders. */
    experiments?: readonly ExperimentSwitchSource[] | undefined;
  },
  nowMs: number,
  routine: (id: string) => RoutineInfo | undefined,
  /** The language of every event's text (her profile's: a calendar app asks without her). */
  locale: Locale = 'en',
): CalendarEvent[] {
  const days = CALENDAR_FEED_WEEKS * 7;
  const reminders = input.reminders;
  // Routine reminders on: each planned routine (not walks) alarms minutesBefore its start, as the push does.
  const routineAlarm = (e: CalendarEvent): CalendarEvent =>
    reminders?.routines.enabled && e.kind === 'routine'
      ? { ...e, alarmMinutesBefore: reminders.routines.minutesBefore }
      : e;
  const events = [
    ...(reminders
      ? checkinEvents(reminders, localTimeOf(nowMs, reminders.timeZone).date, days, input.checkedIn, locale)
      : []),
    ...(reminders ? experimentEvents(reminders, input.experiments ?? [], nowMs, days, locale) : []),
    ...(input.breaks
      ? breakEvents(input.breaks, localTimeOf(nowMs, input.breaks.timeZone).date, days, locale)
      : []),
    ...(input.plan
      ? planEvents(input.plan, localTimeOf(nowMs, input.plan.timeZone).date, days, routine, locale).map(
          routineAlarm,
        )
      : []),
  ];
  return events.sort((a, b) => a.start - b.start || a.uid.localeCompare(b.uid));
}
